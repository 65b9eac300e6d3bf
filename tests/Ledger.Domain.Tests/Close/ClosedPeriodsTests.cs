using Ledger.Domain.Close;
using Ledger.Domain.Decisions;
using Ledger.Domain.Reconciliation;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Tests.Close;

public class ClosedPeriodsTests
{
    static readonly Instant At = Instant.FromUtc(2024, 6, 5, 9, 0);
    static PeriodClosed April => new("2024-04", new(2024, 4, 1), new(2024, 4, 30), "April reconciled", new Dictionary<string, decimal>(), "ann", At);
    static JournalEntryPosted Entry(LocalDate on) => new(Guid.NewGuid(), "tx", on, [new("6000", 5m, 0m, null), new("1000", 0m, 5m, null)], "x", "rita", "approved", At);

    [Fact]
    public void An_entry_dated_in_a_closed_month_is_refused_naming_the_period_until_it_is_reopened()
    {
        var closed = ClosedPeriods.From([April]);
        var e = Assert.Throws<PeriodClosedException>(() => closed.RequireOpen([Entry(new(2024, 4, 30))]));
        Assert.Equal("2024-04", e.Period);
        Assert.Contains("Period 2024-04 is closed (by ann: April reconciled)", e.Message);
        closed.RequireOpen([Entry(new(2024, 5, 1))]);
        ClosedPeriods.From([April, new PeriodReopened("2024-04", "bank corrected a line", "ann", At)]).RequireOpen([Entry(new(2024, 4, 30))]);
    }

    [Theory]
    [InlineData("2024-4")]
    [InlineData("April")]
    [InlineData("2024-13")]
    public void A_period_is_a_month_written_yyyy_MM(string text) =>
        Assert.Contains("is not a month written as yyyy-MM", Assert.Throws<DomainException>(() => ClosedPeriods.Parse(text)).Message);

    [Fact]
    public void A_month_closes_only_after_each_account_with_lines_in_it_is_reconciled_through_its_end()
    {
        var through = new LocalDate(2024, 4, 30);
        AccountReconciled Mark(string account, int day) => new(account, new(2024, 4, day), 0m, 0m, 0m, 0m, 1, 0, null, "rita", At);
        Assert.Contains("2100", CloseReadiness.Refusal("2024-04", through, ["1000", "2100"], [Mark("1000", 30), Mark("2100", 29)]));
        Assert.Null(CloseReadiness.Refusal("2024-04", through, ["1000", "2100"], [Mark("1000", 30), Mark("2100", 30)]));
    }

    [Fact]
    public void The_first_open_day_skips_every_closed_month_and_an_opening_balance_is_never_moved()
    {
        var closed = ClosedPeriods.From([April, new PeriodClosed("2024-05", new(2024, 5, 1), new(2024, 5, 31), "May reconciled", new Dictionary<string, decimal>(), "ann", At)])
            with { PostsIntoFirstOpen = true };
        Assert.Equal(new LocalDate(2024, 6, 1), closed.FirstOpenOnOrAfter(new(2024, 4, 12)));
        Assert.Equal(new LocalDate(2024, 6, 9), closed.FirstOpenOnOrAfter(new(2024, 6, 9)));
        Assert.Equal(new LocalDate(2024, 6, 1), Assert.IsType<JournalEntryPosted>(Assert.Single(closed.Place([Entry(new(2024, 4, 30))]))).EntryDate);
        var opening = new OpeningBalanceEntered(Guid.NewGuid(), "1000", "3000", new(2024, 4, 1), 10m, [new("1000", 10m, 0m, null), new("3000", 0m, 10m, null)], "entered", "ann", At);
        Assert.Equal("2024-04", Assert.Throws<PeriodClosedException>(() => closed.Place([opening])).Period);
        // Reopened months take entries again; the policy survives the fold.
        Assert.Equal(new LocalDate(2024, 5, 1), (closed.Evolve(new PeriodReopened("2024-05", "bank fix", "ann", At))).FirstOpenOnOrAfter(new(2024, 4, 2)));
        Assert.True(closed.Evolve(new PeriodReopened("2024-05", "bank fix", "ann", At)).PostsIntoFirstOpen);
    }
}
