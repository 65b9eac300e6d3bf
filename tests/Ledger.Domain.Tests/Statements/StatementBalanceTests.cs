using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Tests.Statements;

/// <summary>Issue #20: the bank's balances as each real statement states them (OFX LEDGERBAL/AVAILBAL, CSV running balances).</summary>
public class StatementBalanceTests
{
    static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Ofx_keeps_the_available_balance_and_the_period_beside_the_ledger_balance()
    {
        var r = ReadResult.Fixture("ofx/ofxparse_checking.ofx");
        Assert.Equal(new StatementBalance(100.99m, D(2013, 5, 25)), r.Summary.LedgerBalance);
        Assert.Equal(new StatementBalance(75.99m, D(2013, 5, 25)), r.Summary.AvailableBalance);
        Assert.Equal((D(2000, 1, 1), D(2013, 5, 25)), (r.Summary.PeriodStart, r.Summary.PeriodEnd));
        Assert.Null(r.Summary.RunningBalance);
    }

    [Fact]
    public void An_empty_ledger_balance_is_no_balance_and_a_card_balance_keeps_its_sign()
    {
        Assert.Null(ReadResult.Fixture("ofx/ofxparse_ofx-v102-empty-tags.ofx").Summary.LedgerBalance);
        var card = ReadResult.Fixture("ofx/gnucash_cibc_visa.qfx").Summary;
        Assert.Equal(new StatementBalance(-487.00m, D(2001, 4, 25)), card.LedgerBalance);
        Assert.Equal(new StatementBalance(-487.00m, D(2001, 4, 25)), card.AvailableBalance);
    }

    [Fact]
    public void A_newest_first_running_balance_gives_the_opening_and_closing_and_adds_up()
    {
        var r = ReadResult.Fixture("csv/redsimporters_dcu-checking.csv");
        var running = Assert.IsType<RunningBalanceResult>(r.Summary.RunningBalance);
        // Newest first: the first row's balance is the closing; the opening is that less every amount of the file.
        Assert.True(r.Lines[0].PostedOn >= r.Lines[^1].PostedOn);
        Assert.Equal(running.Closing.Amount - r.Lines.Sum(l => l.Amount), running.Opening.Amount);
        Assert.Equal((r.Lines.Min(l => l.PostedOn), r.Lines.Max(l => l.PostedOn)), (running.Opening.AsOf, running.Closing.AsOf));
        Assert.Equal(0, running.BreakCount);
    }

    [Fact]
    public void A_sample_export_whose_balances_do_not_follow_its_amounts_is_read_and_its_breaks_are_reported()
    {
        // Schwab's sample (beancount-import's test data) lists dates out of order with balances that do not add up.
        var r = ReadResult.Fixture("csv/beancountimport_schwab-checking.csv");
        Assert.Empty(r.Errors);
        var running = r.Summary.RunningBalance!;
        Assert.True(running.BreakCount > 3, $"{running.BreakCount} breaks");
        Assert.All(running.Breaks, b => Assert.Matches(@"^line \d+: the balance column is [+-]\d+\.\d\d off the amounts before it$", b));
    }

    [Fact]
    public void A_row_whose_balance_does_not_follow_is_reported_with_its_line_and_amount()
    {
        var r = ReadResult.Text("bank.csv", "Date,Description,Amount,Balance\n2024-05-01,A,-10.00,90.00\n2024-05-02,B,-5.00,85.00\n2024-05-03,C,-1.00,80.00\n2024-05-04,D,2.00,82.00\n");
        var running = r.Summary.RunningBalance!;
        Assert.Equal((100.00m, 82.00m), (running.Opening.Amount, running.Closing.Amount));
        Assert.Equal("line 4: the balance column is -4.00 off the amounts before it", Assert.Single(running.Breaks));
    }

    [Fact]
    public void Balances_and_amounts_no_account_holds_are_refused_or_ignored_never_overflow()
    {
        // Found by fuzz-imports (bank-of-ireland, seed 126897): decimal.MinValue as a balance overflowed into an HTTP 500.
        var huge = ReadResult.Text("bank.csv", "Date,Details,Debit,Credit,Balance\n2017-09-01,X,,428.03,-79228162514264337593543950335\n2017-09-04,Y,20.0,,100\n");
        var e = Assert.Single(huge.Errors);
        Assert.Equal((2, "Balance"), (e.Line, e.Field));
        var amounts = ReadResult.Text("bank.csv", "Date,Details,Debit,Credit,Balance\n2017-09-01,X,79228162514264337593543950335,,1\n2017-09-02,Y,79228162514264337593543950335,,1\n");
        Assert.Equal(2, amounts.Lines.Count);   // the importer refuses these amounts by line and field; the reader must not throw
        Assert.Null(amounts.Summary.RunningBalance);
    }

    [Fact]
    public void A_balance_that_is_not_a_number_is_refused_naming_line_and_field()
    {
        var r = ReadResult.Text("bank.csv", "Date,Description,Amount,Balance\n2024-05-01,A,-10.00,90.00\n2024-05-02,B,-5.00,eighty\n");
        var e = Assert.Single(r.Errors);
        Assert.Equal((3, "Balance"), (e.Line, e.Field));
    }
}
