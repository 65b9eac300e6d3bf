using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Lifecycle;
using NodaTime;

namespace Ledger.Domain.Decisions;

/// <summary>
/// Everything one transaction is decided from, gathered before the decider runs: its state, the other leg's state when it
/// is a transfer leg, the cascade's context (rules, the vendor's labels, model, calibration), the tenant's policy and
/// chart, the LLM budget, the categorizer version, the clock and the id a new entry gets.
/// </summary>
public sealed record DecisionFacts(
    string TenantId,
    TransactionLifecycle State,
    TransactionLifecycle? Counterpart,
    CascadeContext Cascade,
    TenantPolicy Policy,
    IReadOnlyList<ChartAccount> Chart,
    LlmBudgetState Budget,
    int CategorizerVersion,
    Instant Now,
    Guid NewEntryId)
{
    /// <summary>The trace line of a receipt already matched to the transaction (<see cref="Receipts.ReceiptTrace.Line"/>), if any.</summary>
    public string? ReceiptLine { get; init; }

    /// <summary>The tenant's closed months: an entry is never auto-posted into one (<see cref="Close.AutopostHold"/>).</summary>
    public Close.ClosedPeriods Closed { get; init; } = Close.ClosedPeriods.None;

    public CategorizationInput Input => new(State.TransactionId, State.Payee, State.Memo, State.Amount, State.BankAccountCode);
}

/// <summary>
/// The decision's events: on the transaction, on the other leg of its transfer (covered by this leg's entry, or told the
/// pairing is over) and on the tenant's LLM usage stream; the budget after them; and what happened, for the counters.
/// </summary>
public sealed record TransactionDecision(
    IReadOnlyList<object> Events,
    string? CounterpartId,
    IReadOnlyList<object> CounterpartEvents,
    IReadOnlyList<object> LlmEvents,
    LlmBudgetState Budget,
    string Kind);

public static class DecisionKinds
{
    public const string Autopost = "autopost";
    public const string Review = "review";
    public const string Covered = "covered";
}
