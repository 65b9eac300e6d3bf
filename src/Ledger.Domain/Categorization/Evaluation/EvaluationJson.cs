using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// The machine-readable twin of the text report: per tenant and pooled, every headline figure, the errors by source and
/// at cold start, and the first wrong proposals to look at. Pure: the caller names the feed, so the same replay gives the
/// same bytes (latencies aside).
/// </summary>
public static class EvaluationJson
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write(string feed, FeedEvaluationResult result, int errorsListed = 40) => JsonSerializer.Serialize(new
    {
        feed,
        pooled = Summary(result.Pooled, errorsListed),
        tenants = result.Tenants.Select(t => new { tenant = t.Tenant, rows = t.Rows, report = Summary(t.Report, errorsListed) }),
    }, Json);

    private static object Summary(EvaluationReport r, int errorsListed) => new
    {
        proposals = r.ProposalCount,
        history_rows = r.HistoryCount,
        top1 = r.Accuracy,
        top1_vs_recorded = r.AccuracyVsRecorded,
        brier = r.Brier,
        ece = r.Ece.Ece,
        ece_raw = r.RawEce,
        template_threshold = Point(r.AtTemplate),
        earned_threshold = Point(r.AtEarned),
        earned_threshold_only = Point(r.AtEarnedOnly),
        earned_in_force = r.EarnedInForce,
        best_at_995_hindsight = r.BestAt995 is { } b ? Point(b) : null,
        sources = r.BySource.ToDictionary(p => p.Key, p => new { n = p.Value.Count, errors = p.Value.Count - p.Value.Correct, accuracy = p.Value.Accuracy, ece = p.Value.Ece }),
        cold_start = r.ColdStartBySource.ToDictionary(p => p.Key, p => new { n = p.Value.Count, errors = p.Value.Count - p.Value.Correct }),
        llm_wanted = r.LlmWantedCount,
        retrains = r.Retrains,
        fit_seconds = new { total = r.TrainingTime.TotalSeconds, mean = r.Fits.Count == 0 ? 0 : r.Fits.Average(f => f.TotalSeconds), max = r.Fits.Count == 0 ? 0 : r.Fits.Max(f => f.TotalSeconds) },
        latency_ms = new { p50 = r.LatencyP50.TotalMilliseconds, p95 = r.LatencyP95.TotalMilliseconds },
        errors = r.Outcomes.Where(o => !o.Correct).Take(errorsListed).Select(o => new
        {
            date = o.Date.ToString("uuuu-MM-dd", null), tenant = o.Tenant, description = o.Description, amount = o.Amount, source = o.Source,
            proposed = o.ProposedAccount, truth = o.TrueAccount, recorded = o.RecordedAccount, p = o.Probability, cold_start = o.ColdStart, trace = o.Trace,
        }),
    };

    private static object Point(ThresholdPoint p) => new
    {
        threshold = double.IsNaN(p.Threshold) ? (double?)null : p.Threshold, posted = p.Posted, automation = p.Coverage, precision = p.Precision,
    };
}
