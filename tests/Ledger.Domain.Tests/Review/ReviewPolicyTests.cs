using Ledger.Domain.Decisions;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Tests.Review;

/// <summary>Which act fits which state, folded from the same events the transaction stream holds.</summary>
public class ReviewPolicyTests
{
    static readonly Instant At = Instant.FromUtc(2026, 11, 5, 9, 0);
    static readonly LocalDate Day = new(2026, 11, 3);
    static readonly JournalLine[] Lines = [new("6300", 31.15m, 0m, null), new("1000", 0m, 31.15m, null)];
    static readonly Guid EntryId = Guid.NewGuid();

    static ReviewState Fold(params object[] events) =>
        events.Aggregate(ReviewState.Start(new TransactionImported("t1", Guid.NewGuid(), "1000", Day, -31.15m, "STAPLES", null, null, null, null, "fp", false, 2, At)),
            (s, e) => s.Evolve(e));

    static CategoryProposed Proposed(string? account) =>
        new("t1", "model", account, "staples", 0.8, 0.9, [], "m-1", "cal-1", null, null, 0m, ["x"], 1, At);

    static ReviewRequested Queued => new("t1", [ReasonCode.AutopostDisabled], "1000", Day, -31.15m, "STAPLES", "staples", "6300", 0.9, "model", At);
    static JournalEntryPosted Posted => new(EntryId, "t1", Day, Lines, "STAPLES", "autopost", "autopost", At);
    static JournalEntryReversed Reversed => new(EntryId, Guid.NewGuid(), "t1", Day, JournalLines.Reverse(Lines), "rita", "wrong", At);

    [Fact]
    public void A_queued_proposal_can_be_approved_recategorized_split_or_excluded_but_not_reversed()
    {
        var s = Fold(Proposed("6300"), Queued);
        Assert.Equal(ReviewStatus.InReview, s.Status);
        foreach (var act in new[] { ReviewAct.Approve, ReviewAct.Recategorize, ReviewAct.Split, ReviewAct.Exclude })
            Assert.Null(ReviewPolicy.Refusal(s, act));
        Assert.Contains("no posted entry", ReviewPolicy.Refusal(s, ReviewAct.Reverse));
    }

    [Fact]
    public void Approve_needs_a_proposed_account()
    {
        var s = Fold(Proposed(null), Queued);
        Assert.Contains("no proposed account", ReviewPolicy.Refusal(s, ReviewAct.Approve));
        Assert.Null(ReviewPolicy.Refusal(s, ReviewAct.Recategorize));
    }

    [Fact]
    public void A_live_entry_allows_only_reversal_and_a_reversal_opens_every_act_again()
    {
        var posted = Fold(Proposed("6300"), Posted);
        Assert.Equal((ReviewStatus.Posted, "6300"), (posted.Status, posted.FinalAccountCode));
        Assert.Null(ReviewPolicy.Refusal(posted, ReviewAct.Reverse));
        foreach (var act in new[] { ReviewAct.Approve, ReviewAct.Recategorize, ReviewAct.Split, ReviewAct.Exclude })
            Assert.Contains("reverse it first", ReviewPolicy.Refusal(posted, act));

        var back = posted.Evolve(Reversed).Evolve(Queued);
        Assert.Equal(ReviewStatus.InReview, back.Status);
        Assert.Null(back.Entry);
        Assert.Null(ReviewPolicy.Refusal(back, ReviewAct.Approve));
        Assert.NotNull(ReviewPolicy.Refusal(back, ReviewAct.Reverse));
    }

    [Fact]
    public void An_excluded_transaction_takes_no_further_act()
    {
        var s = Fold(Proposed("6300"), Queued, new TransactionExcluded("t1", ExclusionReasons.Duplicate, null, "rita", At));
        Assert.Equal(ReviewStatus.Excluded, s.Status);
        Assert.All(Enum.GetValues<ReviewAct>(), act => Assert.Contains("excluded", ReviewPolicy.Refusal(s, act)));
        Assert.Throws<ReviewRefusedException>(() => ReviewPolicy.Require(s, ReviewAct.Approve));
    }

    [Fact]
    public void A_reversal_of_another_entry_leaves_the_live_one_alone()
    {
        var s = Fold(Proposed("6300"), Posted, Reversed with { EntryId = Guid.NewGuid() });
        Assert.Equal(EntryId, s.Entry!.EntryId);
    }
}
