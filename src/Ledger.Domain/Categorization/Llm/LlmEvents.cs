using NodaTime;

namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// Every request that reached the provider, whatever came back: an invalid answer or a timeout still may cost money,
/// and the budget is only honest if all of them are recorded. <paramref name="Outcome"/> is "answered" or a
/// <see cref="LlmNotUsedReasons"/> code.
/// </summary>
public sealed record LlmCallRecorded(
    Guid CallId,
    string TenantId,
    string TransactionId,
    string Model,
    int PromptTokens,
    int CompletionTokens,
    decimal CostUsd,
    string Outcome,
    Instant At);

/// <summary>Raised once when a tenant (or the whole installation) crosses its monthly cap and the LLM fallback switches off.</summary>
public sealed record LlmBudgetExceeded(
    string TenantId,
    YearMonth Month,
    string Reason,
    decimal SpentUsd,
    decimal CapUsd,
    Instant At);
