using Ledger.Domain.Accounts;
using Ledger.Domain.Export;
using NodaTime;

namespace Ledger.Domain.Tests.Export;

/// <summary>Issue #16: a bank description never reaches a spreadsheet as a formula; amounts stay numbers.</summary>
public class SpreadsheetCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/x\";\"click\")", "\"'=HYPERLINK(\"\"http://evil.example/x\"\";\"\"click\"\")\"")]
    [InlineData("+SUM(1;2) CAFE", "\"'+SUM(1;2) CAFE\"")]
    [InlineData("@cmd|' /C calc'!A0", "'@cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("STAPLES 00123", "STAPLES 00123")]
    [InlineData("SHOP;=cmd|' /C calc'!A0", "\"SHOP;=cmd|' /C calc'!A0\"")]
    [InlineData("", "")]
    public void Text_cells_that_a_spreadsheet_would_evaluate_start_with_an_apostrophe(string text, string cell) =>
        Assert.Equal(cell, SpreadsheetCsv.Text(text));

    [Theory]
    [InlineData("-12.50")]
    [InlineData("1200.00")]
    [InlineData("0.9731")]
    public void Numbers_are_written_as_they_are(string number) => Assert.Equal(number, SpreadsheetCsv.Number(number));

    [Fact]
    public void Neutralising_twice_changes_nothing()
    {
        var once = SpreadsheetCsv.Neutralise("=1+1");
        Assert.Equal(once, SpreadsheetCsv.Neutralise(once));
    }

    static readonly ChartAccount[] Chart = [new("1000", "Business Checking", AccountType.Asset), new("6300", "Office Supplies", AccountType.Expense)];

    static QboJournal Hostile(string memo, decimal amount) =>
        new("JE-0009", new LocalDate(2026, 11, 3), memo, [new("6300", amount, 0m, memo), new("1000", 0m, amount, memo)], "USD");

    [Fact]
    public void Qbo_memo_and_description_are_neutralised_and_debits_and_credits_are_untouched()
    {
        var csv = QboJournalCsv.Write([Hostile("=HYPERLINK(\"http://evil.example/x\";\"click\")", 12.5m), Hostile("@cmd|' /C calc'!A0", 3m)], Chart, "MM/dd/yyyy");
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("JE-0009,11/03/2026,USD,\"'=HYPERLINK(\"\"http://evil.example/x\"\";\"\"click\"\")\",Office Supplies,12.50,," +
                     "\"'=HYPERLINK(\"\"http://evil.example/x\"\";\"\"click\"\")\",,,", rows[1]);
        Assert.Equal("JE-0009,11/03/2026,USD,'@cmd|' /C calc'!A0,Business Checking,,3.00,'@cmd|' /C calc'!A0,,,", rows[4]);
    }

    [Fact]
    public void A_file_stored_before_the_fix_is_handed_out_neutralised_and_a_new_file_comes_back_unchanged()
    {
        const string old = "Journal No,Journal Date,Currency,Memo,Account,Debits,Credits,Description,Name,Location,Class\r\n" +
                           "JE-1,11/03/2026,USD,+SUM(1;2) CAFE,Office Supplies,12.50,,\"=HYPERLINK(\"\"x\"\")\r\nline 2\",,,\r\n" +
                           "JE-1,11/03/2026,USD,+SUM(1;2) CAFE,Business Checking,,12.50,-2+3,,,\r\n";
        var served = QboJournalCsv.Neutralise(old);
        Assert.Equal(old.Replace("+SUM(1;2) CAFE", "\"'+SUM(1;2) CAFE\"").Replace("\"=HYPERLINK", "\"'=HYPERLINK").Replace(",-2+3,", ",'-2+3,"), served);
        Assert.Equal(served, QboJournalCsv.Neutralise(served));

        var fresh = QboJournalCsv.Write([Hostile("-2+3+cmd|' /C calc'!A0", 1m), Hostile("Lunch, \"big\"\nwith client", 2m)], Chart, "MM/dd/yyyy");
        Assert.Equal(fresh, QboJournalCsv.Neutralise(fresh));
    }
}
