using Ledger.Domain.Decisions;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Reconciliation;

/// <summary>One bank line of the account as the books see it now.</summary>
/// <param name="Status">in_review, imported, proposed, posted, excluded or covered (a transfer leg booked on the other leg).</param>
/// <param name="Reversed">An entry of this line was reversed at some point.</param>
public sealed record BankLine(string TransactionId, LocalDate PostedOn, decimal Amount, string Payee, string Status, string? CounterpartTransactionId,
    bool Reversed);

/// <summary>One entry's effect on the account, from the bank's view (debit − credit): what it adds to the book balance.</summary>
/// <param name="SourceId">The stream that booked it: the transaction's id, or the opening entry's stream.</param>
public sealed record BookPosting(Guid EntryId, string SourceId, LocalDate EntryDate, decimal Effect, bool Opening);

/// <summary>Folds the ledger's events into the bank lines and book postings of one account: the inputs of a reconciliation.</summary>
public static class ReconciliationFacts
{
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(TransactionImported), typeof(ReviewRequested), typeof(JournalEntryPosted), typeof(JournalEntryReversed), typeof(TransactionExcluded),
        typeof(TransferPairDetected), typeof(TransferLegCovered), typeof(CategoryProposed), typeof(OpeningBalanceEntered),
    ];

    /// <param name="events">The tenant's events of <see cref="EventTypes"/> in sequence order, with their stream ids.</param>
    public static (IReadOnlyList<BankLine> Lines, IReadOnlyList<BookPosting> Postings) For(string account, IEnumerable<(string StreamId, object Data)> events)
    {
        var lines = new Dictionary<string, BankLine>();
        var postings = new List<BookPosting>();
        foreach (var (stream, data) in events)
        {
            if (data is TransactionImported i && i.BankAccountCode == account)
                lines[stream] = new BankLine(stream, i.PostedOn, i.Amount, i.Payee, ReviewStatus.Imported, null, false);
            else if (lines.TryGetValue(stream, out var line))
                lines[stream] = Evolve(line, data);
            var posting = data switch
            {
                JournalEntryPosted p => Posting(p.EntryId, stream, p.EntryDate, p.Lines, account, false),
                JournalEntryReversed r => Posting(r.ReversalEntryId, stream, r.EntryDate, r.Lines, account, false),
                OpeningBalanceEntered o => Posting(o.EntryId, stream, o.AsOf, o.Lines, account, true),
                _ => null,
            };
            if (posting is not null) postings.Add(posting);
        }
        return ([.. lines.Values.OrderBy(l => l.PostedOn)], postings);
    }

    static BankLine Evolve(BankLine line, object e) => e switch
    {
        CategoryProposed when line.Status == ReviewStatus.Imported => line with { Status = ReviewStatus.Proposed },
        ReviewRequested => line with { Status = ReviewStatus.InReview },
        JournalEntryPosted => line with { Status = ReviewStatus.Posted },
        JournalEntryReversed => line with { Status = ReviewStatus.Imported, Reversed = true },
        TransactionExcluded => line with { Status = ReviewStatus.Excluded },
        TransferPairDetected t => line with { CounterpartTransactionId = t.CounterpartTransactionId },
        TransferLegCovered c => line with { Status = Covered, CounterpartTransactionId = c.CounterpartTransactionId },
        _ => line,
    };

    public const string Covered = "covered";

    static BookPosting? Posting(Guid id, string source, LocalDate date, IReadOnlyList<JournalLine> lines, string account, bool opening)
    {
        var mine = lines.Where(l => l.AccountCode == account).ToList();
        return mine.Count == 0 ? null : new BookPosting(id, source, date, mine.Sum(l => l.Debit - l.Credit), opening);
    }
}
