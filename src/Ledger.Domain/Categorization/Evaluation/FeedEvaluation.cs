using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>One tenant's replay.</summary>
public sealed record TenantEvaluation(string Tenant, int Rows, EvaluationReport Report);

/// <summary>Every tenant replayed alone, and their proposals pooled into one report.</summary>
public sealed record FeedEvaluationResult(IReadOnlyList<TenantEvaluation> Tenants, EvaluationReport Pooled);

/// <summary>
/// Replays a feed of one or many tenants. Each tenant is replayed alone, in its own time order, with its own chart's
/// knowledge mapping, model, calibration and earned thresholds (nothing of one tenant informs another); the pooled report
/// puts all their proposals together.
/// </summary>
public static class FeedEvaluation
{
    public static FeedEvaluationResult Run(IReadOnlyList<FeedRow> rows, EvaluationOptions options, bool withKnowledge = true,
        IReadOnlyList<ChartAccount>? chart = null) =>
        Run(rows, options, withKnowledge, chart is null ? null : new Dictionary<string, IReadOnlyList<ChartAccount>> { [""] = chart });

    /// <param name="charts">Each tenant's chart by tenant name; the entry under "" serves every tenant without one of its own.</param>
    public static FeedEvaluationResult Run(IReadOnlyList<FeedRow> rows, EvaluationOptions options, bool withKnowledge,
        IReadOnlyDictionary<string, IReadOnlyList<ChartAccount>>? charts)
    {
        var tenants = rows.GroupBy(r => r.Tenant ?? "").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var results = new List<TenantEvaluation>(tenants.Count);
        foreach (var tenant in tenants)
        {
            var ordered = tenant.OrderBy(r => r.Date).ToList(); // stable: same-day rows keep file order
            var chart = charts?.GetValueOrDefault(tenant.Key) ?? charts?.GetValueOrDefault("");
            var own = options with { Knowledge = withKnowledge ? options.Knowledge ?? FeedChart.Knowledge(ordered, chart) : null };
            results.Add(new TenantEvaluation(tenant.Key.Length == 0 ? "(all rows)" : tenant.Key, ordered.Count, EvaluationRun.Replay(ordered, own)));
        }
        var outcomes = results.SelectMany(t => t.Report.Outcomes).ToList();
        var pooled = EvaluationReport.From(outcomes, results.Sum(t => t.Report.HistoryCount), results.Sum(t => t.Report.Retrains),
                results.Aggregate(NodaTime.Duration.Zero, (d, t) => d + t.Report.TrainingTime), results.Count == 1 ? results[0].Report.Calibrations : null)
            with { TemplateThreshold = options.TemplateThreshold, Fits = results.SelectMany(t => t.Report.Fits).ToList() };
        return new FeedEvaluationResult(results, pooled);
    }
}
