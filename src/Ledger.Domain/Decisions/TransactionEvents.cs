using Ledger.Domain.Categorization.Model;
using NodaTime;

namespace Ledger.Domain.Decisions;

// What happens to one bank transaction after import, each fact in its own stream (the transaction's).

/// <summary>
/// The engine's proposal and everything it was computed from, so it can be recomputed and audited: source, vendor key,
/// raw and calibrated probability, alternatives, model / calibration / rule versions, the LLM call and its cost.
/// </summary>
/// <param name="CategorizerVersion">
/// The categorizer stream's version the proposal was made with: its rules, model and calibration are the state at that
/// version. Null only in proposals recorded before it was (those cannot be recomputed).
/// </param>
/// <param name="VendorLabels">The vendor's labels per account the cascade saw; null when the vendor had none.</param>
public sealed record CategoryProposed(
    string TransactionId,
    string Source,
    string? AccountCode,
    string VendorKey,
    double RawP,
    double CalibratedP,
    IReadOnlyList<AccountScore> Alternatives,
    string? ModelVersion,
    string? CalibrationVersion,
    Guid? RuleId,
    Guid? LlmCallId,
    decimal LlmCostUsd,
    IReadOnlyList<string> Trace,
    double ProposeMilliseconds,
    Instant At,
    int? CategorizerVersion = null,
    IReadOnlyDictionary<string, int>? VendorLabels = null)
{
    /// <summary>The cascade generation (<c>CascadeOptions.Generation</c>); null in proposals of generation 1, made before it was recorded.</summary>
    public int? CascadeGeneration { get; init; }

    /// <summary>The merchant knowledge base version the cascade had; null before there was one.</summary>
    public string? KnowledgeVersion { get; init; }

    /// <summary>The vendor's recent labels with amounts the history step saw (generation 2); null when it had none.</summary>
    public IReadOnlyList<Ledger.Domain.Categorization.Rules.VendorLabel>? VendorHistory { get; init; }

    /// <summary>The labelled vendor a never-labelled vendor is a variant of (generation 8); null when there was none.</summary>
    public string? SimilarVendor { get; init; }

    /// <summary>That vendor's recent labels with amounts the cascade saw (generation 8); null when there was none.</summary>
    public IReadOnlyList<Ledger.Domain.Categorization.Rules.VendorLabel>? SimilarVendorHistory { get; init; }
}

/// <summary>Every gate with pass/fail and the numbers it compared, plus the inputs, so replaying the gates gives this decision.</summary>
public sealed record GateEvaluated(string TransactionId, GateInputs Inputs, GateDecision Decision, Instant At);

/// <summary>A balanced journal entry; <paramref name="PostedBy"/> is "autopost" or the reviewer.</summary>
/// <param name="MovedFrom">
/// Set only when the entry was due in a closed month and the tenant's policy books such entries into the first open month
/// (<see cref="Close.ClosedPeriods.Place"/>): the date it was due and why it moved. Null in every entry recorded before.
/// </param>
public sealed record JournalEntryPosted(
    Guid EntryId, string TransactionId, LocalDate EntryDate, IReadOnlyList<JournalLine> Lines, string Memo, string PostedBy, string Reason, Instant At,
    MovedEntryDate? MovedFrom = null);

/// <param name="MovedFrom">As on <see cref="JournalEntryPosted"/>: the closed month's date the reversal was due on, and why it moved.</param>
public sealed record JournalEntryReversed(Guid EntryId, Guid ReversalEntryId, string TransactionId, LocalDate EntryDate,
    IReadOnlyList<JournalLine> Lines, string ReversedBy, string Reason, Instant At, MovedEntryDate? MovedFrom = null);

/// <summary>The date an entry was due on, in a closed period, and why it was booked on a later date instead.</summary>
public sealed record MovedEntryDate(LocalDate OriginalDate, string ClosedPeriod, string Why);

/// <summary>The transaction waits for a reviewer, with the reasons it was not auto-posted.</summary>
/// <remarks>Carries what the queue shows, so the queue can be rebuilt from this event alone.</remarks>
public sealed record ReviewRequested(
    string TransactionId, IReadOnlyList<string> Reasons, string BankAccountCode, LocalDate PostedOn, decimal Amount, string Payee,
    string VendorKey, string? ProposedAccountCode, double CalibratedP, string Source, Instant At);

/// <summary>
/// One leg of a transfer between the tenant's own accounts whose single bank-to-bank entry is (or will be) posted on the
/// other leg, so the movement is booked once, not twice.
/// </summary>
public sealed record TransferLegCovered(string TransactionId, string CounterpartTransactionId, Guid? CounterpartEntryId, Instant At);

public static class Posters
{
    public const string Autopost = "autopost";
}
