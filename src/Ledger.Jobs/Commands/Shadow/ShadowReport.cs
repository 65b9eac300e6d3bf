using System.Globalization;
using System.Text;
using System.Text.Json;
using Ledger.Domain.Calibration;
using Ledger.Domain.Export;
using Ledger.Domain.Metrics;
using Ledger.Projections.Metrics;
using Marten;
using NodaTime;

namespace Ledger.Jobs.Commands.Shadow;

/// <summary>One week of the weekly chart; Accuracy is null when no decision of the week has a final answer yet.</summary>
public sealed record ShadowWeek(LocalDate Monday, int Decided, double Automation, int Answered, double? Accuracy);

public sealed record ShadowReportResult(MetricsPeriod Period, PilotVerdict Verdict, int Decisions, int Answered, IReadOnlyList<string> Files, string Summary);

/// <summary>
/// The report's core, apart from the command line so tests run it on their own database. Windows are by decision day
/// (when the pipeline decided, as /api/metrics does); the weekly chart groups those decisions by the week of their bank
/// line, so a backlog decided in one day (a shadow tenant fed past statements) still shows how the weeks differ.
/// </summary>
public static class ShadowReport
{
    public static async Task<ShadowReportResult> WriteAsync(IDocumentStore store, string tenant, string periodText, Instant now, string dir,
        double driftTolerance, TextWriter log, CancellationToken ct, Duration? correctionWindow = null)
    {
        var period = MetricsPeriod.Trailing(periodText, now);
        var window = correctionWindow ?? OutcomeHistory.DefaultCorrectionWindow;
        await using var session = store.QuerySession(tenant);
        log.WriteLine($"shadow-report {tenant} {period.Label}: decisions made {period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd} (UTC days)");

        // The metrics come from the async MetricsDaily projection, which only the API's daemon advances: acts recorded
        // while no API ran (e.g. simulate-reviews) are in the events but not yet in the metrics. Say so, loudly.
        var lag = await MetricsLagAsync(store, ct);
        if (lag > 0) log.WriteLine($"  WARNING: MetricsDaily is {lag} events behind the event store; start the API until /readyz shows no lag, then rerun");
        var evidence = await PilotEvidenceQuery.LoadAsync(session, period, now, window, driftTolerance, ct);
        var (metrics, rows, verdict) = (evidence.Metrics, evidence.Decisions, evidence.Verdict);
        log.WriteLine($"  decisions {rows.Count} ({evidence.Answered} with a final answer), previous window {evidence.PreviousDecisions}");

        var weeks = Weekly(rows);
        var whatIf = await Ledger.Projections.Metrics.PolicyWhatIfQuery.RunAsync(session,
            new Ledger.Projections.Metrics.PolicyWhatIfRequest(null, null, period.From, period.To), now, window, ct);
        var categorizer = await session.LoadAsync<Ledger.Projections.Categorization.CategorizerState>(Ledger.Domain.Categorization.CategorizerStreams.Id, ct);
        var usesEarned = (await session.LoadAsync<Ledger.Projections.Tenants.Tenant>(tenant, ct))?.UsesEarnedThreshold ?? false;
        var summary = Summary(tenant, period, metrics, verdict, rows.Count, evidence.Answered) + Earned(categorizer, usesEarned);

        Directory.CreateDirectory(dir);
        var files = new List<string>();
        string F(string kind, string ext)
        {
            var path = Path.Combine(dir, $"{kind}_{tenant}_{period.Label}.{ext}");
            files.Add(path);
            return path;
        }
        await File.WriteAllTextAsync(F("shadow_report", "json"), JsonSerializer.Serialize(new
        {
            tenant, period = period.Label, from = period.From.ToString("yyyy-MM-dd", null), to = period.To.ToString("yyyy-MM-dd", null),
            generated_at = now.ToString(), windows = "by decision day (UTC)", metrics = metrics.Summary, je_imbalance_count = metrics.JeImbalanced,
            metrics_lag_events = lag, decisions = rows.Count, answered = evidence.Answered, verdict,
            earned_threshold = categorizer?.EarnedAt is null ? null : new
            {
                in_use = usesEarned, earned_at = categorizer.EarnedAt.ToString(), by_source = categorizer.EarnedEvidence,
            },
            weekly = weeks.Select(w => new { week_of_bank_line = w.Monday.ToString("yyyy-MM-dd", null), w.Decided, w.Automation, w.Answered, w.Accuracy }),
            // The recorded decisions replayed at each threshold under the policy in force (GET /api/policy/what-if).
            threshold_curve = whatIf.Result.Curve,
        }, new JsonSerializerOptions { WriteIndented = true }), ct);
        await File.WriteAllTextAsync(F("shadow_report", "csv"), DecisionsCsv(rows), ct);
        await File.WriteAllTextAsync(F("shadow_reason_counts", "csv"), ReasonCountsCsv(metrics.Summary.Reasons), ct);
        var caption = $"{tenant}, decisions {period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd}";
        ShadowCharts.Reliability(metrics.Summary.EceBins, metrics.Summary.Ece, caption, F("shadow_reliability", "png"));
        ShadowCharts.Reasons(metrics.Summary.Reasons, metrics.Summary.PopulationN, caption, F("shadow_reasons", "png"));
        ShadowCharts.Weekly(weeks, caption, F("shadow_weekly", "png"));
        ShadowCharts.ThresholdCurve(whatIf.Result.Curve, whatIf.Result.InForce.Threshold, caption, F("shadow_threshold_curve", "png"));
        await File.WriteAllTextAsync(F("shadow_report", "txt"), summary, ct);
        return new ShadowReportResult(period, verdict, rows.Count, evidence.Answered, files, summary);
    }

    static async Task<long> MetricsLagAsync(IDocumentStore store, CancellationToken ct)
    {
        var stats = await store.Advanced.FetchEventStoreStatistics(token: ct);
        var progress = await store.Advanced.AllProjectionProgress(token: ct);
        return progress.Where(p => p.ShardName.StartsWith(Ledger.Projections.LedgerStore.AsyncViews, StringComparison.Ordinal))
            .Select(p => stats.EventSequenceNumber - p.Sequence).DefaultIfEmpty(stats.EventSequenceNumber).Max();
    }

    public static List<ShadowWeek> Weekly(IEnumerable<ShadowDecision> rows) =>
        rows.GroupBy(r => r.Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday))).OrderBy(g => g.Key)
            .Select(g =>
            {
                var answered = g.Count(r => r.Correct is not null);
                return new ShadowWeek(g.Key, g.Count(), (double)g.Count(r => r.WouldAutoPost) / g.Count(), answered,
                    answered == 0 ? null : (double)g.Count(r => r.Correct == true) / answered);
            }).ToList();

    /// <summary>Descriptions come from the bank line, so every text cell is neutralised; amounts and p stay numbers.</summary>
    static string DecisionsCsv(List<ShadowDecision> rows)
    {
        static string T(object? v) => SpreadsheetCsv.Text(Convert.ToString(v, CultureInfo.InvariantCulture));
        static string N(FormattableString v) => SpreadsheetCsv.Number(FormattableString.Invariant(v));
        var sb = new StringBuilder("decided_at,date,description,amount,proposed_account,p,would_auto_post,final_account,correct,reasons\n");
        foreach (var r in rows)
            SpreadsheetCsv.Row(sb, "\n", T(r.DecidedAt), T(r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), T(r.Description), N($"{r.Amount}"),
                T(r.Proposed), N($"{r.P:F4}"), T(r.WouldAutoPost), T(r.Final), T(r.Correct), T(string.Join(';', r.Reasons)));
        return sb.ToString();
    }

    static string ReasonCountsCsv(IEnumerable<KeyValuePair<string, int>> reasons)
    {
        var sb = new StringBuilder("reason,count\n");
        foreach (var (reason, count) in reasons) SpreadsheetCsv.Row(sb, "\n", SpreadsheetCsv.Text(reason), SpreadsheetCsv.Number(count.ToString(CultureInfo.InvariantCulture)));
        return sb.ToString();
    }

    /// <summary>The thresholds the tenant earned at its last training, per source, with their evidence.</summary>
    static string Earned(Ledger.Projections.Categorization.CategorizerState? state, bool inUse)
    {
        if (state?.EarnedAt is null) return "earned thresholds: none recorded yet (they are earned at each training)\n";
        var sb = new StringBuilder($"earned thresholds ({(inUse ? "used by the gates: the operator opted in" : "not used: no operator opt-in")}), at {state.EarnedAt}:\n");
        foreach (var e in state.EarnedEvidence) sb.AppendLine("  " + e.Describe());
        return sb.ToString();
    }

    static string Summary(string tenant, MetricsPeriod period, MetricsWindowResult m, PilotVerdict v, int decisions, int answered)
    {
        var s = m.Summary;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Shadow report {tenant}, {period.Label}: decisions made {period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd} (UTC)");
        sb.AppendLine(CultureInfo.InvariantCulture, $"decisions {s.PopulationN}, would auto-post {s.AutomationRate:P1}, auto-posted {s.AutoPostRate:P1}, unbalanced entries {m.JeImbalanced}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"final answers {s.AccuracyN} of {decisions} (reviewed {s.Reviewed}, corrected {s.Corrected}): accuracy {s.Accuracy:P1}, Brier {s.Brier:F3}, ECE {s.Ece:F3}");
        if (answered == 0) sb.AppendLine("no reviewer answers yet: accuracy, Brier and ECE are over 0 decisions and say nothing");
        sb.AppendLine($"may move to: {v.MayMoveTo}");
        foreach (var c in new[] { v.P1, v.P2 }) sb.AppendLine($"{c.Stage}: {(c.Passed ? "passes" : "does not pass")}; {string.Join("; ", c.Findings)}");
        sb.AppendLine(v.RecommendedThreshold is { } t ? $"recommended auto-post threshold: {t:F3} (precision ≥ 99% above it)" : "no threshold keeps precision ≥ 99% yet");
        sb.AppendLine(v.Drift.Count == 0 ? "drift: none beyond tolerance" : "drift: " + string.Join("; ", v.Drift));
        return sb.ToString();
    }
}
