using Ledger.Domain.Metrics;
using Marten;
using NodaTime;

namespace Ledger.Projections.Metrics;

/// <summary>A window's summary: the stored days of one tenant added up (missing days are days with nothing).</summary>
public sealed record MetricsWindowResult(MetricsPeriod Period, MetricsSummary Summary, int JeImbalanced, int Queued);

public static class MetricsWindowQuery
{
    public static async Task<MetricsWindowResult> LoadAsync(IQuerySession session, MetricsPeriod period, Instant now, CancellationToken ct,
        Duration? correctionWindow = null)
    {
        var keys = period.Dates().Select(MetricsDailyDoc.KeyFor).ToArray();
        var docs = await session.LoadManyAsync<MetricsDailyDoc>(ct, keys);
        var window = correctionWindow ?? OutcomeHistory.DefaultCorrectionWindow;
        var summary = MetricsWindow.Sum(docs.Select(d => d.ToMetricsDay(now, window)));
        return new MetricsWindowResult(period, summary, docs.Sum(d => d.JeImbalanced), docs.Sum(d => d.Queued));
    }
}
