using Ledger.Domain.Calibration;
using Ledger.Domain.Metrics;
using Ledger.Domain.Reconciliation;
using Ledger.Projections.Reconciliation;
using Marten;
using NodaTime;

namespace Ledger.Projections.Metrics;

/// <summary>A period's metrics, its decisions and those of the period before, and the pilot verdict drawn from them.</summary>
public sealed record PilotEvidence(MetricsPeriod Period, MetricsWindowResult Metrics, List<ShadowDecision> Decisions, int PreviousDecisions,
    int Answered, PilotVerdict Verdict);

/// <summary>
/// One place that judges a pilot, so the shadow report (jobs) and the operators' dashboard (API) show the same verdict:
/// windows by decision day, whole UTC days, drift against the period before.
/// </summary>
public static class PilotEvidenceQuery
{
    public static async Task<PilotEvidence> LoadAsync(IQuerySession session, MetricsPeriod period, Instant now, Duration window,
        double driftTolerance, CancellationToken ct)
    {
        var metrics = await MetricsWindowQuery.LoadAsync(session, period, now, ct, window);
        // Whole days, end exclusive at the next midnight: ending at "now" would drop a decision made at this very instant.
        static Instant End(MetricsPeriod p) => p.To.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var rows = await ShadowDecisions.LoadAsync(session, period.Start, End(period), now, window, ct);
        var prev = period.Previous();
        var before = await ShadowDecisions.LoadAsync(session, prev.Start, End(prev), now, window, ct);
        var answered = rows.Where(r => r.Correct is not null).Select(r => (r.P, r.Correct!.Value)).ToList();
        var verdict = PilotReadiness.Evaluate(new PilotInputs(metrics.Summary, metrics.JeImbalanced, answered, rows.Count,
            ReconciledLines.Count(rows.Select(r => (r.BankAccount, r.Date)), await RecordedReconciliations.LoadAsync(session, ct)), Drift(rows), before.Count == 0 ? null : Drift(before)),
            new PilotOptions(DriftTolerance: driftTolerance));
        return new PilotEvidence(period, metrics, rows, before.Count, answered.Count, verdict);
    }

    static DriftWindow Drift(List<ShadowDecision> rows)
    {
        var answered = rows.Where(r => r.Correct is not null).Select(r => (r.P, r.Correct!.Value)).ToList();
        var acc = answered.Count == 0 ? 0 : (double)answered.Count(a => a.Value) / answered.Count;
        // "New vendor" = the cold-start gate refused it: the vendor had too few labels when decided.
        return new DriftWindow(acc, Ece.Compute(answered).Ece, rows.Count == 0 ? 0 : (double)rows.Count(r => r.ColdStart) / rows.Count);
    }
}
