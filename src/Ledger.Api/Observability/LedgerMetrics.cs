using Ledger.Api.Categorization;
using Ledger.Api.Tenants;
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
    public static readonly Counter ImportsOverPlan = Prometheus.Metrics.CreateCounter("ledger_imports_over_plan_total",
        "Statement imports that left their tenant over its plan's maxTransactionsPerMonth (accepted, recorded as PlanLimitExceeded).");

    static readonly Gauge ReviewQueueDepth = Prometheus.Metrics.CreateGauge("ledger_review_queue_depth", "Transactions waiting for a reviewer, all tenants.");
    static readonly Gauge ProjectionLagEvents = Prometheus.Metrics.CreateGauge("ledger_projection_lag_events", "Events the slowest async projection is behind.");
    static readonly Gauge ShardPaused = Prometheus.Metrics.CreateGauge("ledger_projection_shard_paused",
        "1 while the daemon has paused this async projection or relay shard (on any node), 0 while it is not.", "shard");
    static readonly Gauge LlmSpendUsd = Prometheus.Metrics.CreateGauge("ledger_llm_spend_usd", "LLM spend this month (UTC), all tenants.");
    static readonly Gauge LlmFallbackTenants = Prometheus.Metrics.CreateGauge("ledger_llm_fallback_tenants", "Tenants whose LLM cap is exceeded this month.");
    static readonly Gauge LlmCircuitOpen = Prometheus.Metrics.CreateGauge("ledger_llm_circuit_open", "1 while the LLM circuit breaker is open or probing (half open).");
    static readonly Gauge TenantsOverPlan = Prometheus.Metrics.CreateGauge("ledger_tenants_over_plan", "Tenants whose imports this month passed their plan's maxTransactionsPerMonth.");

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
    public static async Task RefreshGaugesAsync(IDocumentStore store, IClock clock, LlmCaps caps, SemanticKernelLlmCategorizer llm, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        ReviewQueueDepth.Set(await session.Query<ReviewQueueItem>().Where(x => x.AnyTenant()).CountAsync(ct));
        var shards = await PausedShards.ProgressAsync(store, ct);
        ProjectionLagEvents.Set(ProjectionLag.Of((await store.Advanced.FetchEventStoreStatistics(token: ct)).EventSequenceNumber, shards));
        foreach (var shard in shards) ShardPaused.WithLabels(shard.ShardName).Set(PausedShards.IsPaused(shard) ? 1 : 0);
        var now = clock.GetCurrentInstant();
        // The same states /api/metrics/latest reports, so the gauge and the endpoint cannot disagree.
        var budgets = await LlmFallbackStates.AllAsync(store, caps, now, ct);
        LlmSpendUsd.Set((double)budgets.Sum(b => b.TenantSpentUsd));
        LlmFallbackTenants.Set(budgets.Count(b => b.FallbackActive));
        LlmCircuitOpen.Set(llm.CircuitState == "closed" ? 0 : 1);
        var usage = await PlanUsages.AllAsync(store, now, ct);
        TenantsOverPlan.Set(usage.Count(u => u.Over));
    }
}
