using JasperFx.Events;
using Ledger.Domain.Decisions;
using Marten;
using Marten.Events.Projections;
using Ledger.Domain.Review;
using NodaTime;

namespace Ledger.Projections.Review;

/// <summary>A transaction waiting for a reviewer, with the reasons it was not auto-posted.</summary>
public sealed class ReviewQueueItem
{
    public string Id { get; set; } = "";
    public string BankAccountCode { get; set; } = "";
    public LocalDate PostedOn { get; set; }
    /// <summary>PostedOn as a day number (DateOnly.DayNumber): Marten LINQ cannot compare LocalDate, an int compares and sorts like the date.</summary>
    public int PostedOnDay { get; set; }
    public decimal Amount { get; set; }
    /// <summary>|Amount|: reviewers filter and sort by size whichever way the money moved.</summary>
    public decimal AbsAmount { get; set; }
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
    public ReviewQueueItem Create(ReviewRequested e) => ItemFor(e);

    /// <summary>The item a request makes; the decision handler, which appends its events set-based, stores it with them.</summary>
    public static ReviewQueueItem ItemFor(ReviewRequested e) => new()
    {
        Id = e.TransactionId, BankAccountCode = e.BankAccountCode, PostedOn = e.PostedOn,
        PostedOnDay = e.PostedOn.ToDateOnly().DayNumber, Amount = e.Amount, AbsAmount = Math.Abs(e.Amount), Payee = e.Payee,
        VendorKey = e.VendorKey, ProposedAccountCode = e.ProposedAccountCode, CalibratedP = e.CalibratedP, Source = e.Source,
        Reasons = [.. e.Reasons], QueuedAt = e.At,
    };

    // Any entry posted for the transaction, and any reviewer's answer (exclusion has no entry), takes it off the queue.
    // A reversal puts it back through its own ReviewRequested, which Create above turns into a fresh item.
    public void Project(JournalEntryPosted e, IDocumentOperations ops) => ops.Delete<ReviewQueueItem>(e.TransactionId);
    public void Project(ReviewApproved e, IDocumentOperations ops) => ops.Delete<ReviewQueueItem>(e.TransactionId);
    public void Project(TransactionRecategorized e, IDocumentOperations ops) => ops.Delete<ReviewQueueItem>(e.TransactionId);
    public void Project(TransactionSplit e, IDocumentOperations ops) => ops.Delete<ReviewQueueItem>(e.TransactionId);
    public void Project(TransactionExcluded e, IDocumentOperations ops) => ops.Delete<ReviewQueueItem>(e.TransactionId);
}
