using Ledger.Api.Auth;
using Ledger.Domain.Metrics;
using Ledger.Projections.Metrics;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Metrics;

/// <param name="Decisions">Decisions made in the period (by decision day); <paramref name="Answered"/> of them have a final answer.</param>
public sealed record PilotVerdictResponse(string Period, LocalDate From, LocalDate To, int Decisions, int Answered, int PreviousDecisions, PilotVerdict Verdict);

public static class GetPilotVerdictEndpoint
{
    /// <summary>
    /// The pilot stage verdict (P1 shadow → P2 assisted → auto-post, each criterion with its numbers) exactly as the shadow
    /// report computes it (<see cref="PilotEvidenceQuery"/>), for the operators' dashboard. Drift tolerance 0.05, as the report's default.
    /// </summary>
    [WolverineGet("/api/metrics/pilot"), Authorize(Policy = Policies.Reader)]
    public static async Task<PilotVerdictResponse> Get(string? period, IQuerySession session, MetricsSettings settings, IClock clock, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var evidence = await PilotEvidenceQuery.LoadAsync(session, MetricsPeriod.Trailing(period ?? "30d", now), now, settings.CorrectionWindow, 0.05, ct);
        var p = evidence.Period;
        return new PilotVerdictResponse(p.Label, p.From, p.To, evidence.Decisions.Count, evidence.Answered, evidence.PreviousDecisions, evidence.Verdict);
    }
}
