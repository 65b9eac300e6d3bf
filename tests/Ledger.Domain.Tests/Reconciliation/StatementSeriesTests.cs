using Ledger.Domain.Reconciliation;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Tests.Reconciliation;

public class StatementSeriesTests
{
    static LocalDate D(int m, int d) => new(2024, m, d);
    static StatementBalancesRecorded Statement(string name, LocalDate first, LocalDate last, decimal closing, params string[] breaks) =>
        new(Guid.NewGuid(), "1000", name, first, last, first, last, null, new StatementBalance(closing, last), null, 0m, 1, breaks, Instant.FromUtc(2024, 7, 1, 0, 0));
    static BankLine Line(LocalDate on, decimal amount) => new("t" + on + amount, on, amount, "x", "posted", null, false);

    [Fact]
    public void A_missing_month_is_a_gap_with_its_amount_and_its_dates()
    {
        var lines = new[] { Line(D(1, 5), -10m), Line(D(3, 5), -20m) };   // February's -7.50 was never imported
        var checks = StatementSeries.Check([Statement("mar", D(3, 1), D(3, 31), 62.50m), Statement("jan", D(1, 1), D(1, 31), 90m)], lines);
        Assert.Equal(["first", "gap"], checks.Select(c => c.Status));
        var march = checks[1];
        Assert.Equal((70m, -7.50m), (march.ExpectedClosing, march.Missing));
        Assert.Contains(march.Notes, n => n.StartsWith("dates 2024-02-01 to 2024-02-29 are in no imported statement"));
        Assert.Contains(march.Notes, n => n.StartsWith("-7.50 of bank lines between 2024-01-31 and 2024-03-31 are missing"));
    }

    [Fact]
    public void An_overlapping_statement_that_adds_up_is_continuous_and_says_it_overlaps()
    {
        var lines = new[] { Line(D(1, 5), -10m), Line(D(1, 30), -5m), Line(D(2, 3), 40m) };
        var checks = StatementSeries.Check([Statement("jan", D(1, 1), D(1, 31), 85m), Statement("feb", D(1, 28), D(2, 29), 125m)], lines);
        Assert.Equal(["first", "continuous"], checks.Select(c => c.Status));
        Assert.Contains(checks[1].Notes, n => n.StartsWith("overlaps the previous statement from 2024-01-28 to 2024-01-31"));
    }

    [Fact]
    public void A_broken_running_balance_and_a_statement_without_balance_are_said()
    {
        var none = Statement("csv", D(1, 1), D(1, 31), 0m) with { Closing = null };
        var broken = Statement("jan", D(1, 1), D(1, 31), 85m, "line 4: the balance column is -4.00 off the amounts before it");
        var checks = StatementSeries.Check([none, broken], []);
        Assert.Equal([StatementStatus.NoBalance, StatementStatus.ArithmeticBreak], checks.Select(c => c.Status));
    }
}
