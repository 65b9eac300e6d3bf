using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Reconciliation;

/// <summary>One bank line of the account as the books see it now.</summary>
/// <param name="Status">The lifecycle's <see cref="TransactionStatus"/>.</param>
/// <param name="Reversed">An entry of this line was reversed at some point.</param>
public sealed record BankLine(string TransactionId, LocalDate PostedOn, decimal Amount, string Payee, string Status, string? CounterpartTransactionId,
    bool Reversed);

/// <summary>One entry's effect on the account, from the bank's view (debit − credit): what it adds to the book balance.</summary>
/// <param name="SourceId">The stream that booked it: the transaction's id, or the opening entry's stream.</param>
public sealed record BookPosting(Guid EntryId, string SourceId, LocalDate EntryDate, decimal Effect, bool Opening);

/// <summary>
/// Reads the ledger's events into the bank lines and book postings of one account: the inputs of a reconciliation. A line's
/// state is the transaction's one lifecycle fold (<see cref="TransactionLifecycle"/>), never a fold of its own.
/// </summary>
public static class ReconciliationFacts
{
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        typeof(TransactionImported), typeof(CategoryProposed), typeof(GateEvaluated), typeof(ReviewRequested), typeof(JournalEntryPosted),
        typeof(JournalEntryReversed), typeof(TransactionExcluded), typeof(TransferPairDetected), typeof(TransferLegCovered),
        typeof(TransferPairReopened), typeof(OpeningBalanceEntered),
    ];

    /// <param name="events">The tenant's events of <see cref="EventTypes"/> in sequence order, with their stream ids.</param>
    public static (IReadOnlyList<BankLine> Lines, IReadOnlyList<BookPosting> Postings) For(string account, IEnumerable<(string StreamId, object Data)> events)
    {
        var states = new Dictionary<string, TransactionLifecycle>();
        var reversed = new HashSet<string>();
        var counterpart = new Dictionary<string, string>();
        var postings = new List<BookPosting>();
        foreach (var (stream, data) in events)
        {
            if (data is TransactionImported i && i.BankAccountCode == account) states[stream] = TransactionLifecycle.Start(i);
            else if (states.TryGetValue(stream, out var state))
            {
                states[stream] = state.Evolve(data);
                if (data is JournalEntryReversed) reversed.Add(stream);
                // The pair the line was last part of, kept after a reopening so a double booking can still be named.
                if (data is TransferPairDetected p) counterpart[stream] = p.CounterpartTransactionId;
                if (data is TransferLegCovered c) counterpart[stream] = c.CounterpartTransactionId;
            }
            var posting = data switch
            {
                JournalEntryPosted p => Posting(p.EntryId, stream, p.EntryDate, p.Lines, account, false),
                JournalEntryReversed r => Posting(r.ReversalEntryId, stream, r.EntryDate, r.Lines, account, false),
                OpeningBalanceEntered o => Posting(o.EntryId, stream, o.AsOf, o.Lines, account, true),
                _ => null,
            };
            if (posting is not null) postings.Add(posting);
        }
        var lines = states.Values.Select(t => new BankLine(t.TransactionId, t.PostedOn, t.Amount, t.Payee, t.Status,
            counterpart.GetValueOrDefault(t.TransactionId), reversed.Contains(t.TransactionId)));
        return ([.. lines.OrderBy(l => l.PostedOn)], postings);
    }

    public const string Covered = TransactionStatus.CoveredByTransfer;

    static BookPosting? Posting(Guid id, string source, LocalDate date, IReadOnlyList<JournalLine> lines, string account, bool opening)
    {
        var mine = lines.Where(l => l.AccountCode == account).ToList();
        return mine.Count == 0 ? null : new BookPosting(id, source, date, mine.Sum(l => l.Debit - l.Credit), opening);
    }
}
