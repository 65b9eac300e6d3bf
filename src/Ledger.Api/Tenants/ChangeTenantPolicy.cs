using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Tenants;

/// <summary>
/// Threshold, cold start, LLM cap, retraining point and what happens to an act due in a closed month (refused, or booked into
/// the first open one) of one tenant; omitted fields keep their value.
/// </summary>
/// <param name="WhatIf">A what-if to record beside the change as its evidence (<see cref="Ledger.Domain.Decisions.WhatIf.PolicyEvidenceAttached"/>).</param>
public sealed record ChangeTenantPolicy(decimal? AutopostThreshold, int? ColdStartMinLabels, decimal? LlmMonthlyCapUsd, int? RetrainAfterLabels, string? Reason,
    bool? PostIntoFirstOpenPeriod = null, Ledger.Domain.Decisions.WhatIf.WhatIfEvidenceRequest? WhatIf = null);

public static class ChangeTenantPolicyEndpoint
{
    /// <summary>Recorded as <see cref="TenantPolicyChanged"/> with who and why; it bumps the policy version new gate decisions name.</summary>
    [WolverinePost("/api/ops/tenants/{clientId}/policy"), Authorize(Policy = Policies.Operator)]
    public static async Task<TenantView> Post(string clientId, ChangeTenantPolicy cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock,
        Ledger.Projections.Metrics.MetricsSettings settings, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Tenant>(user.TenantId(), ct);
        var tenant = stream.Aggregate ?? throw new InvalidOperationException($"Tenant {clientId} has no stream.");
        var changed = TenantPolicyChanges.Decide(tenant.Id, tenant.Limits,
            new PolicyChangeRequest(cmd.AutopostThreshold, cmd.ColdStartMinLabels, cmd.LlmMonthlyCapUsd, cmd.RetrainAfterLabels, cmd.Reason, cmd.PostIntoFirstOpenPeriod),
            user.UserName(), clock.GetCurrentInstant());
        if (changed is null) return TenantView.From(tenant);
        stream.AppendOne(changed);
        if (await PolicyWhatIfEndpoint.EvidenceAsync(cmd.WhatIf, session, tenant.PolicyVersion + 1, user, settings, changed.At, ct) is { } evidence)
            stream.AppendOne(evidence);
        // The answer shows the state after the change, without touching the fetched aggregate.
        return TenantView.From(tenant) with
        {
            Limits = tenant.Limits with
            {
                AutopostThreshold = changed.AutopostThreshold, ColdStartMinLabels = changed.ColdStartMinLabels,
                LlmMonthlyCapUsd = changed.LlmMonthlyCapUsd, RetrainAfterLabels = changed.RetrainAfterLabels ?? tenant.Limits.RetrainAfterLabels,
                PostIntoFirstOpenPeriod = changed.PostIntoFirstOpenPeriod ?? tenant.Limits.PostIntoFirstOpenPeriod,
            },
            PolicyVersion = tenant.PolicyVersion + 1,
        };
    }
}
