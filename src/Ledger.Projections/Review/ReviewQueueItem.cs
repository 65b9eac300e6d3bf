using JasperFx.Events;
using Ledger.Domain.Decisions;
using Marten;
using Marten.Events.Projections;
using NodaTime;

namespace Ledger.Projections.Review;

/// <summary>A transaction waiting for a reviewer, with the reasons it was not auto-posted.</summary>
public sealed class ReviewQueueItem
{
    public string Id { get; set; } = "";
    public string BankAccountCode { get; set; } = "";
    public LocalDate PostedOn { get; set; }
    public decimal Amount { get; set; }
    public string Payee { get; set; } = "";
    public string VendorKey { get; set; } = "";
    public string? ProposedAccountCode { get; set; }
    public double CalibratedP { get; set; }
    public string Source { get; set; } = "";
    public List<string> Reasons { get; set; } = [];
    public Instant QueuedAt { get; set; }
}

public partial class ReviewQueueProjection : EventProjection
{
    public ReviewQueueItem Create(ReviewRequested e) => new()
    {
        Id = e.TransactionId, BankAccountCode = e.BankAccountCode, PostedOn = e.PostedOn, Amount = e.Amount, Payee = e.Payee,
        VendorKey = e.VendorKey, ProposedAccountCode = e.ProposedAccountCode, CalibratedP = e.CalibratedP, Source = e.Source,
        Reasons = [.. e.Reasons], QueuedAt = e.At,
    };

    // Any entry posted for the transaction (a reviewer's approval or correction) takes it off the queue.
    public void Project(JournalEntryPosted e, IDocumentOperations ops) => ops.Delete<ReviewQueueItem>(e.TransactionId);
}
