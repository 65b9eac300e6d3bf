using Ledger.Domain.Decisions.WhatIf;
using Ledger.Domain.Metrics;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Projections.Metrics;

/// <summary>What a what-if is asked over: the period's decisions, as the shadow report reads them, and the policy in force.</summary>
public sealed record PolicyWhatIfRequest(double? Threshold, int? ColdStartMinLabels, LocalDate From, LocalDate To);

public sealed record PolicyWhatIfAnswer(string Tenant, LocalDate From, LocalDate To, WhatIfResult Result);

/// <summary>
/// Loads the recorded decisions of whole UTC days From..To with the shadow report's final answers (<see cref="ShadowDecisions"/>,
/// one rule for both) and replays them with the pure <see cref="PolicyWhatIf"/>. Shared by the API endpoint and the jobs command.
/// </summary>
public static class PolicyWhatIfQuery
{
    public static async Task<PolicyWhatIfAnswer> RunAsync(IQuerySession session, PolicyWhatIfRequest request, Instant now, Duration window, CancellationToken ct)
    {
        if (request.To < request.From) throw new Ledger.Domain.DomainException($"to ({request.To}) is before from ({request.From}).");
        if (request.Threshold is { } t && (t <= 0 || t > 1)) throw new Ledger.Domain.DomainException($"threshold must be above 0 and at most 1 (got {t}).");
        if (request.ColdStartMinLabels is < 0) throw new Ledger.Domain.DomainException("coldStartMinLabels cannot be negative.");
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new Ledger.Domain.DomainException("Unknown tenant.");
        var period = new MetricsPeriod("what-if", request.From, request.To);
        var rows = await ShadowDecisions.LoadAsync(session, period.Start, request.To.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), now, window, ct);
        var decisions = rows.Where(r => r.Inputs is not null)
            .Select(r => new RecordedDecision(r.TransactionId, r.Inputs!, r.Reasons, r.Proposed, r.Final)).ToList();
        var inForce = new PolicyProposal((double)tenant.Limits.AutopostThreshold, tenant.Limits.ColdStartMinLabels) { KeepEarned = tenant.UsesEarnedThreshold };
        var proposed = new PolicyProposal(request.Threshold, request.ColdStartMinLabels);
        return new PolicyWhatIfAnswer(tenant.Id, request.From, request.To, PolicyWhatIf.Compare(decisions, inForce, proposed));
    }
}
