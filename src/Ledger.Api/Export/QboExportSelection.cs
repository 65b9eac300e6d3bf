using Ledger.Domain.Decisions;
using Ledger.Domain.Export;
using Ledger.Projections.Export;
using Marten;
using NodaTime;

namespace Ledger.Api.Export;

/// <summary>What the caller asked to export: entry dates (inclusive) and entries touching one bank or card account.</summary>
public sealed record QboExportFilter(LocalDate? From, LocalDate? To, string? BankAccount);

/// <summary>The journals to export now, their entry ids, and how many matching entries an earlier batch already took.</summary>
public sealed record QboExportSelection(IReadOnlyList<QboJournal> Journals, IReadOnlyList<Guid> EntryIds, int Skipped)
{
    sealed record Candidate(Guid EntryId, LocalDate Date, string Memo, IReadOnlyList<JournalLine> Lines, string? ReceiptOf = null);

    /// <summary>
    /// Reads the posting and reversal events themselves, not the async JournalEntryView: the events are exact the moment
    /// they commit, while the view may lag, and an export must never miss (or invent) an entry because a projection lagged.
    /// A reversal is its own journal with its own id, so an exported original is never rewritten.
    /// </summary>
    /// <param name="currency">The tenant's books currency, written on every journal.</param>
    public static async Task<QboExportSelection> LoadAsync(IQuerySession session, QboExportFilter filter, string currency, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName == "journal_entry_posted" || e.EventTypeName == "journal_entry_reversed" || e.EventTypeName == "opening_balance_entered")
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var candidates = events.Select(e => e.Data switch
            {
                JournalEntryPosted p => new Candidate(p.EntryId, p.EntryDate, p.Memo, p.Lines, p.TransactionId),
                JournalEntryReversed r => new Candidate(r.ReversalEntryId, r.EntryDate,
                    $"Reversal of {QboJournal.NumberFor(r.EntryId)}: {r.Reason}", r.Lines),
                Ledger.Domain.Reconciliation.OpeningBalanceEntered o => new Candidate(o.EntryId, o.AsOf, $"Opening balance {o.BankAccountCode}", o.Lines),
                _ => null,
            })
            .OfType<Candidate>()
            .Where(c => filter.From is null || c.Date >= filter.From)
            .Where(c => filter.To is null || c.Date <= filter.To)
            .Where(c => filter.BankAccount is null || c.Lines.Any(l => l.AccountCode == filter.BankAccount))
            .ToList();

        var ids = candidates.Select(c => c.EntryId).ToArray();
        var exported = ids.Length == 0 ? [] : (await session.LoadManyAsync<ExportLedgerEntry>(ct, ids)).Select(x => x.Id).ToHashSet();
        var fresh = candidates.Where(c => !exported.Contains(c.EntryId)).ToList();
        var receipts = await Ledger.Api.Receipts.ReceiptEvidence.ForTransactionsAsync(session, fresh.Select(c => c.ReceiptOf).OfType<string>().Distinct().ToArray(), ct);
        return new QboExportSelection(
            fresh.Select(c => new QboJournal(QboJournal.NumberFor(c.EntryId), c.Date,
                QboReceiptMemo.With(c.Memo, c.ReceiptOf is null ? null : receipts.GetValueOrDefault(c.ReceiptOf)?.Reference), c.Lines, currency)).ToList(),
            fresh.Select(c => c.EntryId).ToList(),
            candidates.Count - fresh.Count);
    }
}
