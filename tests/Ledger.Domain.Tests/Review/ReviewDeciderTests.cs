using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using static Ledger.Domain.Tests.Lifecycle.LegKit;

namespace Ledger.Domain.Tests.Review;

/// <summary>Which act fits which state of one transaction (no transfer), decided from the same events its stream holds.</summary>
public class ReviewDeciderTests
{
    static TransactionLifecycle Queued6300 => Fold(Imported("t1", "1000", -31.15m, "STAPLES"), Proposed("t1", "6300"), Gated("t1"), Queued("t1", "6300"));

    static ReviewOutcome Act(TransactionLifecycle s, ReviewCommand c) => ReviewDecider.Decide(s, null, c, Facts());

    static string Refusal(TransactionLifecycle s, ReviewCommand c) => Assert.Throws<ReviewRefusedException>(() => Act(s, c)).Message;

    [Fact]
    public void A_queued_proposal_can_be_approved_recategorized_split_or_excluded_but_not_reversed()
    {
        var s = Queued6300;
        var approved = Act(s, new ReviewCommand.Approve());
        Assert.Equal([typeof(ReviewApproved), typeof(JournalEntryPosted), typeof(Ledger.Domain.Categorization.TransactionLabelled)], approved.Events.Select(e => e.GetType()));
        var entry = approved.Events.OfType<JournalEntryPosted>().Single();
        Assert.Equal(new Dictionary<string, decimal> { ["6300"] = 31.15m, ["1000"] = -31.15m }, Balances([entry]));
        Assert.Equal(("rita", "approved"), (entry.PostedBy, entry.Reason));
        Assert.Null(approved.CounterpartId);

        Assert.Contains(Act(s, new ReviewCommand.Recategorize("6000")).Events, e => e is TransactionRecategorized { FromAccount: "6300", ToAccount: "6000" });
        var split = Act(s, new ReviewCommand.Split([new SplitPart("6300", 30m), new SplitPart("6000", 1.15m)]));
        Assert.Equal(3, split.Events.OfType<JournalEntryPosted>().Single().Lines.Count);
        Assert.Equal([typeof(TransactionExcluded)], Act(s, new ReviewCommand.Exclude("personal", null)).Events.Select(e => e.GetType()));
        Assert.Contains("no posted entry", Refusal(s, new ReviewCommand.Reverse("wrong")));
    }

    [Fact]
    public void Bad_input_is_refused_naming_what_is_wrong()
    {
        var s = Queued6300;
        Assert.Contains("not in the chart", Assert.Throws<DomainException>(() => Act(s, new ReviewCommand.Recategorize("9999"))).Message);
        Assert.Contains("own bank account", Assert.Throws<DomainException>(() => Act(s, new ReviewCommand.Recategorize("1000"))).Message);
        Assert.Contains("difference 0.15", Assert.Throws<DomainException>(() => Act(s, new ReviewCommand.Split([new SplitPart("6300", 31m)]))).Message);
        Assert.Contains("reason must be one of", Assert.Throws<DomainException>(() => Act(s, new ReviewCommand.Exclude("boring", null))).Message);
        Assert.Contains("no proposed account", Refusal(Fold(Imported("t1", "1000", -5m), Proposed("t1", null), Gated("t1"), Queued("t1", null)), new ReviewCommand.Approve()));
    }

    [Fact]
    public void A_live_entry_allows_only_reversal_and_a_reversal_opens_every_act_again()
    {
        var approval = Act(Queued6300, new ReviewCommand.Approve()).Events;
        var posted = Queued6300.Then(approval);
        Assert.Equal((TransactionStatus.Posted, "6300"), (posted.Status, posted.FinalAccountCode));
        foreach (var act in new ReviewCommand[] { new ReviewCommand.Approve(), new ReviewCommand.Recategorize("6000"), new ReviewCommand.Exclude("personal", null) })
            Assert.Contains("reverse it first", Refusal(posted, act));
        Assert.Throws<DomainException>(() => Act(posted, new ReviewCommand.Reverse(" ")));

        var reversal = Act(posted, new ReviewCommand.Reverse("wrong account")).Events;
        Assert.Equal([typeof(JournalEntryReversed), typeof(ReviewRequested)], reversal.Select(e => e.GetType()));
        Assert.Equal([ReviewReasons.ReversedByReviewer], reversal.OfType<ReviewRequested>().Single().Reasons);
        Assert.All(Balances(approval.Concat(reversal)).Values, v => Assert.Equal(0m, v));
        var back = posted.Then(reversal);
        Assert.Equal((TransactionStatus.InReview, null), (back.Status, back.EntryId));
        Assert.Contains("no posted entry", Refusal(back, new ReviewCommand.Reverse("twice")));
        Assert.Contains(Act(back, new ReviewCommand.Recategorize("6000")).Events, e => e is JournalEntryPosted);
    }

    [Fact]
    public void An_excluded_transaction_takes_no_further_act()
    {
        var s = Queued6300.Then(Act(Queued6300, new ReviewCommand.Exclude("duplicate", "listed twice")).Events);
        Assert.Equal((TransactionStatus.Excluded, "duplicate"), (s.Status, s.ExclusionReason));
        foreach (var act in new ReviewCommand[] { new ReviewCommand.Approve(), new ReviewCommand.Recategorize("6000"), new ReviewCommand.Reverse("x") })
            Assert.Contains("excluded", Refusal(s, act));
    }
}
