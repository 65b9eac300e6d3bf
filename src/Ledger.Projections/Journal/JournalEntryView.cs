using Ledger.Domain.Decisions;
using Marten;
using Marten.Events.Projections;
using Marten.Patching;
using NodaTime;

namespace Ledger.Projections.Journal;

/// <summary>One posted journal entry of the ledger.</summary>
public sealed class JournalEntryView
{
    public Guid Id { get; set; }
    public string TransactionId { get; set; } = "";
    public LocalDate EntryDate { get; set; }
    public List<JournalLine> Lines { get; set; } = [];
    public string Memo { get; set; } = "";
    public string PostedBy { get; set; } = "";
    public string Reason { get; set; } = "";
    public Guid? Reverses { get; set; }
    public Guid? ReversedBy { get; set; }
    public Instant PostedAt { get; set; }
    public decimal Total => Lines.Sum(l => l.Debit);
}

public partial class JournalEntryProjection : EventProjection
{
    public JournalEntryView Create(JournalEntryPosted e) => new()
    {
        Id = e.EntryId, TransactionId = e.TransactionId, EntryDate = e.EntryDate, Lines = [.. e.Lines], Memo = e.Memo,
        PostedBy = e.PostedBy, Reason = e.Reason, PostedAt = e.At,
    };

    public JournalEntryView Create(Ledger.Domain.Reconciliation.OpeningBalanceEntered e) => new()
    {
        Id = e.EntryId, TransactionId = Ledger.Domain.Reconciliation.OpeningBalances.StreamId(e.BankAccountCode), EntryDate = e.AsOf, Lines = [.. e.Lines],
        Memo = $"Opening balance {e.BankAccountCode}", PostedBy = e.By, Reason = "opening balance", PostedAt = e.At,
    };

    public void Project(JournalEntryReversed e, IDocumentOperations ops)
    {
        ops.Store(new JournalEntryView
        {
            Id = e.ReversalEntryId, TransactionId = e.TransactionId, EntryDate = e.EntryDate, Lines = [.. e.Lines], Memo = $"Reversal: {e.Reason}",
            PostedBy = e.ReversedBy, Reason = "reversal", Reverses = e.EntryId, PostedAt = e.At,
        });
        // A patch, not load-and-store: the original may have been written earlier in this same page of events (the page is one
        // uncommitted batch, so a load would not find it); Marten runs a page's patches after its other writes.
        ops.Patch<JournalEntryView>(e.EntryId).Set(x => x.ReversedBy, (Guid?)e.ReversalEntryId);
    }
}
