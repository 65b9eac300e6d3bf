using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using static Ledger.Domain.Tests.Lifecycle.LegKit;

namespace Ledger.Domain.Tests.Review;

/// <summary>A transfer is one entry whatever a reviewer does with either leg (the demo: both legs queued in shadow mode).</summary>
public class TransferReviewTests
{
    /// <summary>Decides on <paramref name="leg"/> and folds the outcome into both legs.</summary>
    static (TransactionLifecycle Pay, TransactionLifecycle Card, ReviewOutcome Outcome) Act(TransactionLifecycle pay, TransactionLifecycle card, string leg, ReviewCommand c)
    {
        var (self, other) = leg == "pay" ? (pay, card) : (card, pay);
        var o = ReviewDecider.Decide(self, other, c, Facts());
        Assert.True(o.CounterpartId is null || o.CounterpartId == other.TransactionId);
        self = self.Then(o.Events);
        other = other.Then(o.CounterpartEvents);
        return leg == "pay" ? (self, other, o) : (other, self, o);
    }

    static IEnumerable<object> All(ReviewOutcome o) => o.Events.Concat(o.CounterpartEvents);

    [Theory]
    [InlineData("card", "pay")]
    [InlineData("pay", "card")]
    public void Approving_one_leg_books_the_transfer_once_and_approving_the_other_answers_with_that_entry(string first, string second)
    {
        var (pay, card) = Pair();
        var (p1, c1, booked) = Act(pay, card, first, new ReviewCommand.Approve());
        var entry = booked.Events.OfType<JournalEntryPosted>().Single();
        Assert.Equal(new Dictionary<string, decimal> { ["2100"] = 500m, ["1000"] = -500m }, Balances([entry]));
        Assert.Equal([typeof(TransferLegCovered)], booked.CounterpartEvents.Select(e => e.GetType()));
        var covered = second == "pay" ? p1 : c1;
        Assert.Equal((TransactionStatus.CoveredByTransfer, entry.EntryId), (covered.Status, covered.CoveringEntryId));

        var (p2, c2, again) = Act(p1, c1, second, new ReviewCommand.Approve());
        Assert.Empty(All(again));
        Assert.Equal(entry.EntryId, again.AnswerEntryId);
        foreach (var act in new ReviewCommand[] { new ReviewCommand.Recategorize("6000"), new ReviewCommand.Split([new SplitPart("6000", 500m)]), new ReviewCommand.Exclude("duplicate", null) })
            Assert.Contains($"transfer entry {entry.EntryId}", Assert.Throws<ReviewRefusedException>(() => Act(p2, c2, second, act)).Message);
    }

    [Theory]
    [InlineData("card")]
    [InlineData("pay")]
    public void Reversing_either_leg_reverses_the_one_entry_once_and_queues_both_legs(string reversedOn)
    {
        var (pay, card) = Pair();
        var (p1, c1, booked) = Act(pay, card, "card", new ReviewCommand.Approve());
        var (p2, c2, reversal) = Act(p1, c1, reversedOn, new ReviewCommand.Reverse("not a card payment"));
        Assert.Single(All(reversal).OfType<JournalEntryReversed>());
        Assert.All(Balances(All(booked).Concat(All(reversal))).Values, v => Assert.Equal(0m, v));
        Assert.Equal((TransactionStatus.InReview, TransactionStatus.InReview), (p2.Status, c2.Status));
        Assert.Equal((null, null), (p2.CoveringEntryId, c2.EntryId));
        foreach (var leg in new[] { "pay", "card" })
            Assert.Contains("no posted entry", Assert.Throws<ReviewRefusedException>(() => Act(p2, c2, leg, new ReviewCommand.Reverse("twice"))).Message);

        // Still one transfer: approving either leg now books it once again.
        var (_, _, rebooked) = Act(p2, c2, "pay", new ReviewCommand.Approve());
        Assert.Single(rebooked.Events.OfType<JournalEntryPosted>());
        Assert.IsType<TransferLegCovered>(Assert.Single(rebooked.CounterpartEvents));
    }

    [Fact]
    public void Recategorizing_a_leg_away_from_the_transfer_reopens_the_pair_and_the_other_leg_is_decided_afresh()
    {
        var (pay, card) = Pair();
        var (p, c, o) = Act(pay, card, "pay", new ReviewCommand.Recategorize("6000"));
        Assert.Equal([typeof(TransferPairReopened), typeof(TransactionRecategorized), typeof(JournalEntryPosted), typeof(Ledger.Domain.Categorization.TransactionLabelled)],
            o.Events.Select(e => e.GetType()));
        Assert.Equal(new TransferPairReopened("card", "pay", "pay", ReopenReasons.Recategorized, "rita", At), Assert.Single(o.CounterpartEvents));
        Assert.Equal((TransactionStatus.Posted, null), (p.Status, p.Transfer));
        Assert.Equal((TransactionStatus.Imported, true, null), (c.Status, c.NeedsDecision, c.Transfer));
        Assert.Equal(new Dictionary<string, decimal> { ["6000"] = 500m, ["1000"] = -500m }, Balances(All(o)));
        // Unpaired now, so 1000 is just another account for the card leg: booking it is no longer "the transfer".
        Assert.Null(TransferPair.Of(c, p));
    }

    [Fact]
    public void Approving_a_leg_whose_proposal_is_another_account_reopens_the_pair_too()
    {
        var (pay, card) = Pair();
        pay = pay.Evolve(Proposed("pay", "6300"));   // the cascade's proposal, made before the card leg was imported
        var (_, c, o) = Act(pay, card, "pay", new ReviewCommand.Approve());
        Assert.Equal(ReopenReasons.ApprovedElsewhere, o.Events.OfType<TransferPairReopened>().Single().Reason);
        Assert.True(c.NeedsDecision);
    }

    [Theory]
    [InlineData("pay")]
    [InlineData("card")]
    public void Excluding_a_leg_takes_that_line_off_the_books_and_the_other_leg_is_decided_on_its_own(string excluded)
    {
        var (pay, card) = Pair();
        var (p, c, o) = Act(pay, card, excluded, new ReviewCommand.Exclude("duplicate", "listed twice"));
        var (gone, kept) = excluded == "pay" ? (p, c) : (c, p);
        Assert.Equal((TransactionStatus.Excluded, null), (gone.Status, gone.Transfer));
        Assert.Equal((TransactionStatus.Imported, true, null), (kept.Status, kept.NeedsDecision, kept.Transfer));
        Assert.Empty(Balances(All(o)));
    }

    [Fact]
    public void Splitting_a_leg_reopens_the_pair()
    {
        var (pay, card) = Pair();
        var (_, c, o) = Act(pay, card, "pay", new ReviewCommand.Split([new SplitPart("6000", 450m), new SplitPart("6300", 50m)]));
        Assert.Equal(ReopenReasons.Split, o.Events.OfType<TransferPairReopened>().Single().Reason);
        Assert.True(c.NeedsDecision);
    }

    [Fact]
    public void A_leg_cannot_book_the_transfer_while_the_other_leg_is_booked_to_another_account()
    {
        var (pay, card) = Pair();
        // A history from before the pair was found: the checking line was auto-posted as an expense.
        pay = pay.Evolve(new JournalEntryPosted(Guid.NewGuid(), "pay", Day, [new("6000", 500m, 0, null), new("1000", 0, 500m, null)], "X", "autopost", "autopost", At));
        var refusal = Assert.Throws<ReviewRefusedException>(() => Act(pay, card, "card", new ReviewCommand.Approve()));
        Assert.Contains("booked to 6000", refusal.Message);
        // Booking the card leg to anything else ends the pairing instead.
        Assert.Contains(Act(pay, card, "card", new ReviewCommand.Recategorize("4000")).Outcome.Events, e => e is TransferPairReopened);
    }
}
