namespace Ledger.Domain.Decisions;

/// <summary>
/// Why a transaction was not auto-posted. These strings are stored in events and counted in metrics,
/// so they are part of the persisted contract: never rename one.
/// </summary>
public static class ReasonCode
{
    public const string AutopostDisabled = "autopost_disabled";
    public const string ColdStartVendor = "cold_start_vendor";
    public const string BelowThreshold = "below_threshold";
    public const string JeImbalance = "je_imbalance";
    public const string BudgetFallbackActive = "budget_fallback_active";
    /// <summary>Nothing to post: no rule, history, model or LLM answer proposed an account (before: counted as je_imbalance).</summary>
    public const string NoProposal = "no_proposal";
    /// <summary>The cascade was unsure and asked for the LLM, which was down (timeout, error, or its circuit breaker open).</summary>
    public const string LlmUnavailable = "llm_unavailable";
}
