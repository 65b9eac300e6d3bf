using JasperFx.Events;
using Ledger.Domain.Decisions;
using Marten;
using Marten.Events.Projections;
using Ledger.Domain.Lifecycle;
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

    /// <summary>The reasons as one text ("a|b"), stored as an indexed column: the queue counts by reason from a grouped scan of
    /// its index, and text groups three times faster than an array (100,000 items). Derived, so it can never disagree.</summary>
    public string ReasonKey => string.Join('|', Reasons);
}

public partial class ReviewQueueProjection : EventProjection
{
    public ReviewQueueProjection()
    {
        // Items are stored and deleted through the operations (no Create method names the type): a rebuild must still clear them.
        RegisterPublishedType(typeof(ReviewQueueItem));
        Options.DeleteViewTypeOnTeardown<ReviewQueueItem>();
    }

    public void Project(ReviewRequested e, IDocumentOperations ops) => Apply(ops, e);
    public void Project(JournalEntryPosted e, IDocumentOperations ops) => Apply(ops, e);
    public void Project(ReviewApproved e, IDocumentOperations ops) => Apply(ops, e);
    public void Project(TransactionRecategorized e, IDocumentOperations ops) => Apply(ops, e);
    public void Project(TransactionSplit e, IDocumentOperations ops) => Apply(ops, e);
    public void Project(TransactionExcluded e, IDocumentOperations ops) => Apply(ops, e);
    public void Project(TransferLegCovered e, IDocumentOperations ops) => Apply(ops, e);
    public void Project(TransferPairReopened e, IDocumentOperations ops) => Apply(ops, e);

    /// <summary>
    /// What one event does to the queue. The decision handler, which appends its events set-based (no inline projection
    /// sees them), calls this for each of them, so the queue is the same whichever way the events were written.
    /// </summary>
    /// <param name="decision">From the decision handler: a decision's request makes a new item, and an item already there is
    /// a fault (the commit fails and says so) rather than something to overwrite.</param>
    public static void Apply(IDocumentOperations ops, object e, bool decision = false)
    {
        switch (e)
        {
            // A reversal puts the transaction back through its own ReviewRequested, which makes a fresh item.
            case ReviewRequested r when decision:
                ops.Insert(ItemFor(r));
                break;
            case ReviewRequested r:
                ops.Store(ItemFor(r));
                break;
            // Any entry posted, any reviewer's answer (exclusion has no entry), a leg covered by the other leg's entry, and a
            // reopened pair (that leg is decided afresh) take it off the queue.
            case JournalEntryPosted or ReviewApproved or TransactionRecategorized or TransactionSplit or TransactionExcluded
                or TransferLegCovered or TransferPairReopened:
                ops.Delete<ReviewQueueItem>(TransactionIdOf(e));
                break;
        }
    }

    public static ReviewQueueItem ItemFor(ReviewRequested e) => new()
    {
        Id = e.TransactionId, BankAccountCode = e.BankAccountCode, PostedOn = e.PostedOn,
        PostedOnDay = e.PostedOn.ToDateOnly().DayNumber, Amount = e.Amount, AbsAmount = Math.Abs(e.Amount), Payee = e.Payee,
        VendorKey = e.VendorKey, ProposedAccountCode = e.ProposedAccountCode, CalibratedP = e.CalibratedP, Source = e.Source,
        Reasons = [.. e.Reasons], QueuedAt = e.At,
    };

    static string TransactionIdOf(object e) => e switch
    {
        JournalEntryPosted x => x.TransactionId,
        ReviewApproved x => x.TransactionId,
        TransactionRecategorized x => x.TransactionId,
        TransactionSplit x => x.TransactionId,
        TransactionExcluded x => x.TransactionId,
        TransferLegCovered x => x.TransactionId,
        TransferPairReopened x => x.TransactionId,
        _ => throw new ArgumentException($"{e.GetType().Name} does not remove a queue item.", nameof(e)),
    };
}
