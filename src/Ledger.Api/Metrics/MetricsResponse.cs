using System.Text.Json.Serialization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Projections.Metrics;

namespace Ledger.Api.Metrics;

/// <summary>
/// The metrics contract: names are fixed snake_case, whatever the API's JSON defaults. Schema 1.1 added plan_usage and
/// llm_circuit; every 1.0 field is unchanged.
/// </summary>
public sealed record MetricsResponse(
    [property: JsonPropertyName("schema_version")] string SchemaVersion,
    [property: JsonPropertyName("tenant_id")] string TenantId,
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("window_start_ts")] DateTimeOffset WindowStartTs,
    [property: JsonPropertyName("window_end_ts")] DateTimeOffset WindowEndTs,
    [property: JsonPropertyName("population_n")] int PopulationN,
    [property: JsonPropertyName("automation_rate")] double AutomationRate,
    [property: JsonPropertyName("auto_post_rate")] double AutoPostRate,
    [property: JsonPropertyName("accuracy")] double Accuracy,
    [property: JsonPropertyName("accuracy_n")] int AccuracyN,
    [property: JsonPropertyName("auto_post_precision")] double AutoPostPrecision,
    [property: JsonPropertyName("auto_post_precision_n")] int AutoPostPrecisionN,
    [property: JsonPropertyName("brier")] double Brier,
    [property: JsonPropertyName("ece")] double Ece,
    [property: JsonPropertyName("ece_bins")] IReadOnlyList<EceBinResponse> EceBins,
    [property: JsonPropertyName("not_auto_post_counts")] IReadOnlyDictionary<string, int> NotAutoPostCounts,
    [property: JsonPropertyName("je_imbalance_count")] int JeImbalanceCount,
    [property: JsonPropertyName("review_backlog")] int ReviewBacklog,
    [property: JsonPropertyName("llm_budget_status")] LlmBudgetResponse LlmBudgetStatus,
    [property: JsonPropertyName("plan_usage")] PlanUsageResponse PlanUsage,
    [property: JsonPropertyName("llm_circuit")] LlmCircuitResponse LlmCircuit)
{
    public const string Schema = "1.1";

    /// <summary>The auto-post thresholds the tenant earned at its last training, with their evidence (added in 1.1; absent before a training).</summary>
    [JsonPropertyName("earned_threshold")]
    public EarnedThresholdResponse? EarnedThreshold { get; init; }

    public static MetricsResponse From(string tenantId, MetricsWindowResult w, NodaTime.Instant now, int backlog, LlmBudgetState budget,
        Ledger.Domain.Tenants.PlanUsage plan, LlmCircuitResponse circuit)
    {
        var s = w.Summary;
        return new MetricsResponse(Schema, tenantId, w.Period.Label, w.Period.Start.ToDateTimeOffset(), w.Period.EndAt(now).ToDateTimeOffset(),
            s.PopulationN, s.AutomationRate, s.AutoPostRate, s.Accuracy, s.AccuracyN, s.AutoPostPrecision, s.AutoPostPrecisionN, s.Brier, s.Ece,
            s.EceBins.Select(b => new EceBinResponse(b.Index, b.Lower, b.Upper, b.Count, b.MeanConfidence, b.Accuracy)).ToList(),
            s.Reasons, w.JeImbalanced, backlog,
            new LlmBudgetResponse(budget.Month.ToString("yyyy-MM", null), budget.TenantSpentUsd, budget.TenantCapUsd, budget.GlobalSpentUsd,
                budget.GlobalCapUsd, budget.FallbackActive, budget.FallbackReason),
            new PlanUsageResponse(plan.Month.ToString("yyyy-MM", null), plan.Imported, plan.Limit, plan.Over),
            circuit);
    }
}

public sealed record EceBinResponse(
    [property: JsonPropertyName("index")] int Index,
    [property: JsonPropertyName("lower")] double Lower,
    [property: JsonPropertyName("upper")] double Upper,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("mean_confidence")] double MeanConfidence,
    [property: JsonPropertyName("accuracy")] double Accuracy);

public sealed record LlmBudgetResponse(
    [property: JsonPropertyName("month")] string Month,
    [property: JsonPropertyName("tenant_spend_usd")] decimal TenantSpendUsd,
    [property: JsonPropertyName("tenant_cap_usd")] decimal TenantCapUsd,
    [property: JsonPropertyName("global_spend_usd")] decimal GlobalSpendUsd,
    [property: JsonPropertyName("global_cap_usd")] decimal GlobalCapUsd,
    [property: JsonPropertyName("fallback_active")] bool FallbackActive,
    [property: JsonPropertyName("fallback_reason")] string? FallbackReason);

public sealed record PlanUsageResponse(
    [property: JsonPropertyName("month")] string Month,
    [property: JsonPropertyName("imported_transactions")] int ImportedTransactions,
    [property: JsonPropertyName("max_transactions_per_month")] int MaxTransactionsPerMonth,
    [property: JsonPropertyName("over_plan")] bool OverPlan);

/// <param name="State">closed (calling the provider), open (not calling until open_until), half_open (one trial call under way).</param>
public sealed record LlmCircuitResponse(
    [property: JsonPropertyName("configured")] bool Configured,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("open_until")] DateTimeOffset? OpenUntil)
{
    public static LlmCircuitResponse Of(Ledger.Api.Categorization.SemanticKernelLlmCategorizer llm) => new(llm.IsConfigured, llm.CircuitState, llm.OpenUntil);
}

/// <param name="InUse">An operator opted in: the gates use these (per source) instead of the template's threshold.</param>
public sealed record EarnedThresholdResponse(
    [property: JsonPropertyName("in_use")] bool InUse,
    [property: JsonPropertyName("template_threshold")] double TemplateThreshold,
    [property: JsonPropertyName("floor")] double Floor,
    [property: JsonPropertyName("earned_at")] DateTimeOffset? EarnedAt,
    [property: JsonPropertyName("by_source")] IReadOnlyList<EarnedSourceResponse> BySource)
{
    public static EarnedThresholdResponse? From(Ledger.Projections.Tenants.Tenant tenant, Ledger.Projections.Categorization.CategorizerState state) =>
        state.EarnedAt is null ? null : new EarnedThresholdResponse(tenant.UsesEarnedThreshold, (double)tenant.Limits.AutopostThreshold,
            (double)tenant.Limits.EarnedThresholdFloor, state.EarnedAt.Value.ToDateTimeOffset(),
            state.EarnedEvidence.Select(e => new EarnedSourceResponse(e.Source, e.Threshold, e.Outcomes, e.Above, e.ErrorsAbove, e.UpperBound)).ToList());
}

public sealed record EarnedSourceResponse(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("threshold")] double? Threshold,
    [property: JsonPropertyName("outcomes")] int Outcomes,
    [property: JsonPropertyName("above")] int Above,
    [property: JsonPropertyName("errors_above")] int ErrorsAbove,
    [property: JsonPropertyName("upper_bound")] double UpperBound);
