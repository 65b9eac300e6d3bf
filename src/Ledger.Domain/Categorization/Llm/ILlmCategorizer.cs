namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// The last-resort categorizer, asked only when rules and the model are unsure or the vendor is new.
/// Implementations never throw for provider trouble: every failure comes back as <see cref="LlmOutcome.NotUsed"/>
/// so categorization of a statement never stops because an LLM endpoint is down.
/// The caller checks the budget (<see cref="LlmBudgetPolicy"/>) before asking.
/// </summary>
public interface ILlmCategorizer
{
    Task<LlmOutcome> CategorizeAsync(LlmRequest request, CancellationToken ct);

    /// <summary>False when no endpoint/model is configured; then every call returns NotUsed("not_configured") without a request.</summary>
    bool IsConfigured { get; }
}
