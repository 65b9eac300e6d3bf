using Ledger.Domain.Accounts;
using NodaTime;

namespace Ledger.Domain.Review;

/// <summary>What a reviewer asks for one transaction (the HTTP bodies add only the stream version they saw).</summary>
public abstract record ReviewCommand
{
    public sealed record Approve : ReviewCommand;
    public sealed record Recategorize(string? AccountCode) : ReviewCommand;
    public sealed record Split(IReadOnlyList<SplitPart>? Parts) : ReviewCommand;
    public sealed record Exclude(string? Reason, string? Note) : ReviewCommand;
    public sealed record Reverse(string? Reason) : ReviewCommand;
    /// <summary>Keep a suspected answer as it is (see <see cref="SlipSuspected"/>).</summary>
    public sealed record Confirm : ReviewCommand;
}

/// <summary>
/// What an act is decided with besides the transaction's own state: the chart, who and when, and the ids a new entry or
/// reversal gets (drawn by the caller, so the decider stays a pure function).
/// </summary>
public sealed record ReviewFacts(IReadOnlyList<ChartAccount> Chart, string By, Instant Now, Guid NewEntryId, Guid NewReversalId)
{
    public ChartAccount? Account(string code) => Chart.FirstOrDefault(a => a.Code == code);

    /// <summary>The tenant's closed months: no entry of an act may be posted or reversed into one.</summary>
    public Close.ClosedPeriods Closed { get; init; } = Close.ClosedPeriods.None;

    /// <summary>The vendor's kept labels (oldest first) an answer is checked against for a slip; null checks the proposal alone.</summary>
    public IReadOnlyList<Categorization.Rules.VendorLabel>? VendorHistory { get; init; }

    public SlipPolicy Slips { get; init; } = SlipPolicy.Default;
}

/// <summary>
/// The events an act appends: to the transaction acted on and, for a transfer leg, to the other leg, in one transaction and
/// each checked against the version it was decided on. Empty when there is nothing to record (approving a leg the other
/// leg's entry already books: <see cref="AnswerEntryId"/> names that entry).
/// </summary>
public sealed record ReviewOutcome(IReadOnlyList<object> Events, string? CounterpartId, IReadOnlyList<object> CounterpartEvents, Guid? AnswerEntryId = null)
{
    public static ReviewOutcome Own(params object[] events) => new(events, null, []);
}

/// <summary>The act is not allowed in the transaction's current state (a 400 that carries the state).</summary>
public sealed class ReviewRefusedException(string message) : DomainException(message);
