using Ledger.Domain.Categorization.Llm;
using Ledger.Projections.Llm;
using Ledger.Projections.Review;
using Marten;
using NodaTime;
using Prometheus;

namespace Ledger.Api.Observability;

/// <summary>
/// The ledger's Prometheus series. Static because the decision handler is static; prometheus-net's default
/// registry is process-wide anyway.
/// </summary>
public static class LedgerMetrics
{
    public static readonly Counter Decisions = Prometheus.Metrics.CreateCounter("ledger_decisions_total",
        "Transactions decided by the pipeline, by outcome.", new CounterConfiguration { LabelNames = ["outcome"] });
    public static readonly Counter Imports = Prometheus.Metrics.CreateCounter("ledger_imports_total", "Statement files that landed.");
    public static readonly Counter ImportedTransactions = Prometheus.Metrics.CreateCounter("ledger_imported_transactions_total",
        "New transactions written by statement imports (duplicates excluded).");

    static readonly Gauge ReviewQueueDepth = Prometheus.Metrics.CreateGauge("ledger_review_queue_depth", "Transactions waiting for a reviewer, all tenants.");
    static readonly Gauge ProjectionLagEvents = Prometheus.Metrics.CreateGauge("ledger_projection_lag_events", "Events the slowest async projection is behind.");
    static readonly Gauge LlmSpendUsd = Prometheus.Metrics.CreateGauge("ledger_llm_spend_usd", "LLM spend this month (UTC), all tenants.");
    static readonly Gauge LlmFallbackTenants = Prometheus.Metrics.CreateGauge("ledger_llm_fallback_tenants", "Tenants whose LLM cap is exceeded this month.");

    // Touch every outcome once so the series exist (at 0) before the first decision: dashboards and alerts see them.
    static LedgerMetrics()
    {
        foreach (var outcome in new[] { "autopost", "review", "covered" }) Decisions.WithLabels(outcome);
    }

    /// <summary>
    /// Gauges computed from the database at scrape time, with this host's store. Not a registry before-collect
    /// callback: the default registry is process-wide and cannot drop callbacks, so a process running several hosts
    /// (the tests) would keep querying stores that are gone.
    /// </summary>
    public static async Task RefreshGaugesAsync(IDocumentStore store, IClock clock, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        ReviewQueueDepth.Set(await session.Query<ReviewQueueItem>().Where(x => x.AnyTenant()).CountAsync(ct));
        ProjectionLagEvents.Set(await ProjectionLag.ComputeAsync(store, ct));
        var key = LlmBudget.KeyFor(LlmBudgetState.MonthOf(clock.GetCurrentInstant()));
        var budgets = await session.Query<LlmBudget>().Where(x => x.AnyTenant() && x.Id == key).ToListAsync(ct);
        LlmSpendUsd.Set((double)budgets.Sum(b => b.SpentUsd));
        LlmFallbackTenants.Set(budgets.Count(b => b.FallbackActive));
    }
}
