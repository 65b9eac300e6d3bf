using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using static Ledger.Domain.Tests.Lifecycle.LegKit;

namespace Ledger.Domain.Tests.Lifecycle;

/// <summary>The one fold: statuses, transfer legs, and histories written before it existed.</summary>
public class TransactionLifecycleTests
{
    static readonly JournalLine[] Lines = [new("2100", 500m, 0m, null), new("1000", 0m, 500m, null)];

    [Fact]
    public void A_stream_without_an_import_folds_to_nothing()
    {
        Assert.Null(TransactionLifecycle.Fold([Proposed("x", "6300")]));
    }

    [Fact]
    public void Decision_entry_reversal_and_requeue_move_the_status_and_what_needs_a_decision()
    {
        var s = Fold(Imported("t", "1000", -31.15m));
        Assert.True(s.NeedsDecision);
        s = s.Evolve(Proposed("t", "6300")).Evolve(Gated("t")).Evolve(Queued("t", "6300"));
        Assert.Equal((TransactionStatus.InReview, false), (s.Status, s.NeedsDecision));
        var entry = Guid.NewGuid();
        s = s.Evolve(new JournalEntryPosted(entry, "t", Day, [new("6300", 31.15m, 0, null), new("1000", 0, 31.15m, null)], "X", "rita", "approved", At));
        Assert.Equal((TransactionStatus.Posted, "6300", entry), (s.Status, s.FinalAccountCode, s.Entry!.EntryId));
        // A reversal of another entry leaves the live one alone.
        Assert.Equal(entry, s.Evolve(new JournalEntryReversed(Guid.NewGuid(), Guid.NewGuid(), "t", Day, [], "rita", "x", At)).EntryId);
        s = s.Evolve(new JournalEntryReversed(entry, Guid.NewGuid(), "t", Day, [], "rita", "x", At));
        Assert.Equal((TransactionStatus.Reversed, null, null), (s.Status, s.EntryId, s.FinalAccountCode));
        Assert.Equal(TransactionStatus.InReview, s.Evolve(Queued("t", "6300")).Status);
    }

    [Fact]
    public void A_leg_covered_before_it_is_decided_stays_covered_and_still_needs_its_proposal_and_gates()
    {
        var entry = Guid.NewGuid();
        var s = Fold(Imported("card", "2100", 500m), Detected("card", "pay", "1000", 500m), new TransferLegCovered("card", "pay", entry, At));
        Assert.Equal((TransactionStatus.CoveredByTransfer, entry, true), (s.Status, s.CoveringEntryId, s.NeedsDecision));
        s = s.Evolve(Proposed("card", "1000", "transfer")).Evolve(Gated("card"));
        Assert.Equal((TransactionStatus.CoveredByTransfer, false), (s.Status, s.NeedsDecision));
    }

    [Fact]
    public void A_reopened_pair_sends_the_other_leg_back_to_be_decided_and_leaves_the_acted_leg_to_its_act()
    {
        var (pay, card) = Pair();
        var reopenedOnCard = new TransferPairReopened("card", "pay", "pay", ReopenReasons.Recategorized, "rita", At);
        var other = card.Evolve(reopenedOnCard);
        Assert.Equal((TransactionStatus.Imported, true, null, null), (other.Status, other.NeedsDecision, other.Transfer, other.ProposedAccountCode));
        var acted = pay.Evolve(new TransferPairReopened("pay", "card", "pay", ReopenReasons.Recategorized, "rita", At));
        Assert.Equal((TransactionStatus.InReview, null, "2100"), (acted.Status, acted.TransferCounterpartId, acted.ProposedAccountCode));
    }

    /// <summary>
    /// Histories written before the one lifecycle: a leg covered "by the entry to come" (no entry id), its other leg posting
    /// without telling it, and the double booking the old rules allowed. They fold without error to what they say.
    /// </summary>
    [Fact]
    public void Histories_written_by_the_earlier_rules_fold_to_what_they_recorded()
    {
        var covered = Fold(Imported("card", "2100", 500m), Detected("card", "pay", "1000", 500m), Proposed("card", "1000", "transfer"), Gated("card"),
            new TransferLegCovered("card", "pay", null, At));
        Assert.Equal((TransactionStatus.CoveredByTransfer, (Guid?)null, "pay"), (covered.Status, covered.CoveringEntryId, covered.TransferCounterpartId));

        var first = Guid.NewGuid();
        var twice = Fold(Imported("card", "2100", 500m), Detected("card", "pay", "1000", 500m), Proposed("card", "1000", "transfer"), Gated("card"),
            Queued("card", "1000"), new ReviewApproved("card", "1000", "rita", At), new JournalEntryPosted(first, "card", Day, Lines, "X", "rita", "approved", At));
        Assert.Equal((TransactionStatus.Posted, first, "1000"), (twice.Status, twice.EntryId, twice.FinalAccountCode));
    }
}
