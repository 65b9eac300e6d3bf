using Ledger.Domain.Close;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using NodaTime;
using static Ledger.Domain.Tests.Lifecycle.LegKit;

namespace Ledger.Domain.Tests.Review;

/// <summary>An act due in a closed month: refused naming the period, or under the tenant's policy booked into the first open one.</summary>
public class ReviewDeciderClosedPeriodTests
{
    static TransactionLifecycle Queued6300 => Fold(Imported("t1", "1000", -31.15m, "STAPLES"), Proposed("t1", "6300"), Gated("t1"), Queued("t1", "6300"));

    /// <summary>The transactions' month (November 2026) and December closed: January 2027 is the first open month.</summary>
    static ClosedPeriods NovemberAndDecember(bool postIntoFirstOpen) =>
        ClosedPeriods.From([Close("2026-11"), Close("2026-12")]) with { PostsIntoFirstOpen = postIntoFirstOpen };

    static PeriodClosed Close(string month)
    {
        var (from, through) = ClosedPeriods.Parse(month);
        return new PeriodClosed(month, from, through, "reconciled", new Dictionary<string, decimal>(), "ann", At);
    }

    static ReviewOutcome Act(TransactionLifecycle s, ReviewCommand c, ClosedPeriods closed) => ReviewDecider.Decide(s, null, c, Facts() with { Closed = closed });

    [Fact]
    public void Without_the_policy_approve_recategorize_split_and_reverse_into_a_closed_month_are_refused_naming_it()
    {
        var closed = NovemberAndDecember(postIntoFirstOpen: false);
        foreach (var act in new ReviewCommand[] { new ReviewCommand.Approve(), new ReviewCommand.Recategorize("6000"), new ReviewCommand.Split([new SplitPart("6300", 31.15m)]) })
            Assert.Equal("2026-11", Assert.Throws<PeriodClosedException>(() => Act(Queued6300, act, closed)).Period);
        var posted = Queued6300.Then(Act(Queued6300, new ReviewCommand.Approve(), ClosedPeriods.None).Events);
        Assert.Contains("Period 2026-11 is closed", Assert.Throws<PeriodClosedException>(() => Act(posted, new ReviewCommand.Reverse("late"), closed)).Message);
        // Excluding books nothing, so a closed month does not stop it.
        Assert.IsType<TransactionExcluded>(Assert.Single(Act(Queued6300, new ReviewCommand.Exclude("personal", null), closed).Events));
    }

    [Fact]
    public void Under_the_policy_an_approval_is_booked_on_the_first_day_of_the_first_open_month_recording_the_date_it_was_due()
    {
        var approved = Act(Queued6300, new ReviewCommand.Recategorize("6000"), NovemberAndDecember(postIntoFirstOpen: true));
        var entry = approved.Events.OfType<JournalEntryPosted>().Single();
        Assert.Equal(new LocalDate(2027, 1, 1), entry.EntryDate);
        Assert.Equal((Day, "2026-11"), (entry.MovedFrom!.OriginalDate, entry.MovedFrom.ClosedPeriod));
        Assert.Contains("first open period, 2027-01", entry.MovedFrom.Why);
        Assert.Equal(new Dictionary<string, decimal> { ["6000"] = 31.15m, ["1000"] = -31.15m }, Balances([entry]));
        // The label keeps the bank line's own date: what the vendor is does not move with the books.
        Assert.Equal(Day, approved.Events.OfType<Ledger.Domain.Categorization.TransactionLabelled>().Single().PostedOn);
    }

    [Fact]
    public void Under_the_policy_a_reversal_of_an_entry_in_a_closed_month_leaves_that_month_and_nets_in_the_first_open_one()
    {
        var approval = Act(Queued6300, new ReviewCommand.Approve(), ClosedPeriods.None).Events;
        var posted = Queued6300.Then(approval);
        var reversal = Act(posted, new ReviewCommand.Reverse("wrong account"), NovemberAndDecember(postIntoFirstOpen: true)).Events.OfType<JournalEntryReversed>().Single();
        Assert.Equal(new LocalDate(2027, 1, 1), reversal.EntryDate);
        Assert.Equal(Day, reversal.MovedFrom!.OriginalDate);
        var november = approval.OfType<JournalEntryPosted>().Where(e => e.EntryDate <= new LocalDate(2026, 11, 30));
        Assert.Equal(new Dictionary<string, decimal> { ["6300"] = 31.15m, ["1000"] = -31.15m }, Balances(november));   // the closed month unchanged
        Assert.All(Balances([.. approval, reversal]).Values, v => Assert.Equal(0m, v));   // and the whole books net to zero
    }
}
