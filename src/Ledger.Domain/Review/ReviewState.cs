using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Review;

/// <summary>The entry a transaction has on the books now (posted and not reversed).</summary>
public sealed record LiveEntry(Guid EntryId, LocalDate EntryDate, IReadOnlyList<JournalLine> Lines, string PostedBy);

/// <summary>
/// What a reviewer's act needs to know about one transaction, folded from its stream. Kept separate from the read
/// models so the rules in <see cref="ReviewPolicy"/> stay pure and testable without a database.
/// </summary>
public sealed record ReviewState(
    string TransactionId, string BankAccountCode, LocalDate PostedOn, decimal Amount, string Payee, string? Memo,
    string? VendorKey = null, string? ProposedAccountCode = null, double? CalibratedP = null, string? ProposalSource = null,
    bool InReview = false, bool Excluded = false, LiveEntry? Entry = null, string? FinalAccountCode = null)
{
    public string Status => Excluded ? ReviewStatus.Excluded
        : Entry is not null ? ReviewStatus.Posted
        : InReview ? ReviewStatus.InReview
        : ProposalSource is not null ? ReviewStatus.Proposed
        : ReviewStatus.Imported;

    public static ReviewState Start(TransactionImported e) =>
        new(e.TransactionId, e.BankAccountCode, e.PostedOn, e.Amount, e.Payee, e.Memo);

    /// <summary>Events this state does not care about (gates, labels, transfer pairs) leave it as it is.</summary>
    public ReviewState Evolve(object e) => e switch
    {
        CategoryProposed p => this with { VendorKey = p.VendorKey, ProposedAccountCode = p.AccountCode, CalibratedP = p.CalibratedP, ProposalSource = p.Source },
        ReviewRequested => this with { InReview = true },
        JournalEntryPosted p => this with { InReview = false, Entry = new LiveEntry(p.EntryId, p.EntryDate, p.Lines, p.PostedBy), FinalAccountCode = CategoryOf(p.Lines) },
        JournalEntryReversed r when Entry?.EntryId == r.EntryId => this with { Entry = null, FinalAccountCode = null },
        TransactionExcluded => this with { InReview = false, Excluded = true },
        _ => this,
    };

    // The first non-bank line names the category; a split has several, and the first is enough for a summary.
    string? CategoryOf(IReadOnlyList<JournalLine> lines) =>
        lines.Where(l => l.AccountCode != BankAccountCode).Select(l => l.AccountCode).FirstOrDefault();
}

public static class ReviewStatus
{
    public const string Imported = "imported";
    public const string Proposed = "proposed";
    public const string InReview = "in_review";
    public const string Posted = "posted";
    public const string Excluded = "excluded";
}
