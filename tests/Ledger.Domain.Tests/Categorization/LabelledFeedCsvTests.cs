using Ledger.Domain.Categorization.Evaluation;
using NodaTime;

namespace Ledger.Domain.Tests.Categorization;

/// <summary>The labelled feed is RFC 4180 CSV read by its header: quotes, commas, CRLF and the optional columns.</summary>
public sealed class LabelledFeedCsvTests
{
    private static IReadOnlyList<FeedRow> Parse(string text) => LabelledFeedCsv.Parse(new StringReader(text), "bank", "feed.csv");

    [Fact]
    public void Quoted_fields_with_commas_quotes_and_line_breaks_read_whole_with_crlf_line_ends()
    {
        var rows = Parse("date,description,amount,account\r\n" +
                         "2025-01-02,\"ETSY, INC. 9QX\",-12.50,Supplies\r\n" +
                         "2025-01-03,\"BOB'S \"\"BEST\"\" DINER\",-8.00,\"Meals, Travel\"\r\n" +
                         "2025-01-04,\"SQ *COFFEE\nPORTLAND OR\",-4.25,Meals\r\n" +
                         "2025-01-05,PLAIN LINE,1200,Sales\r\n");
        Assert.Equal(["ETSY, INC. 9QX", "BOB'S \"BEST\" DINER", "SQ *COFFEE\nPORTLAND OR", "PLAIN LINE"], rows.Select(r => r.RawDescription));
        Assert.Equal("Meals, Travel", rows[1].TrueAccountCode);
        Assert.Equal([-12.50m, -8.00m, -4.25m, 1200m], rows.Select(r => r.Amount));
        Assert.Equal(new LocalDate(2025, 1, 5), rows[3].Date);
        Assert.Equal([2, 3, 4, 6], rows.Select(r => r.Line)); // the third row spans lines 4 and 5
        Assert.All(rows, r => Assert.Equal("bank", r.BankAccount));
    }

    [Fact]
    public void Columns_are_found_by_header_in_any_order_with_the_optional_ones()
    {
        var rows = Parse("tenant,true_account,account,amount,description,date,bank_account,bank_category\n" +
                         "bakery,Repairs,Office Supplies,-80.10,THE HOME DEPOT #4521,2025-03-01,CARD-1,Home\n" +
                         "bakery,,Sales,900,SQUARE INC DEP,2025-03-02,CHK-1,\n");
        Assert.Equal(("bakery", "Office Supplies", "Repairs", "Home", "CARD-1"),
            (rows[0].Tenant, rows[0].TrueAccountCode, rows[0].AdjudicatedAccount, rows[0].BankCategory, rows[0].BankAccount));
        Assert.Equal("Repairs", rows[0].Truth);
        Assert.Null(rows[1].AdjudicatedAccount);
        Assert.Null(rows[1].BankCategory);
        Assert.Equal("Sales", rows[1].Truth);
    }

    [Fact]
    public void Bad_input_names_the_file_line_and_field()
    {
        Assert.Equal("feed.csv line 1: a labelled feed needs the columns date, description, amount and account (missing: amount).",
            Assert.Throws<DomainException>(() => Parse("date,description,account\n2025-01-01,X,Y\n")).Message);
        Assert.Equal("feed.csv line 3, field amount: '12,5' is not a number.",
            Assert.Throws<DomainException>(() => Parse("date,description,amount,account\n2025-01-01,A,1,X\n2025-01-02,B,\"12,5\",X\n")).Message);
        Assert.Equal("feed.csv line 2, field date: '01/02/2025' is not an ISO date (yyyy-MM-dd).",
            Assert.Throws<DomainException>(() => Parse("date,description,amount,account\n01/02/2025,A,1,X\n")).Message);
        Assert.Contains("feed.csv line 2, field account: is empty",
            Assert.Throws<DomainException>(() => Parse("date,description,amount,account\n2025-01-02,A,1,\n")).Message);
    }

    [Fact]
    public void What_the_writer_writes_the_reader_reads_back()
    {
        var rows = Ledger.Domain.Categorization.Evaluation.DevFeeds.DevFeedGenerator.Generate(seed: 5).Take(300).ToList();
        var text = new StringWriter();
        LabelledFeedCsv.Write(rows, text);
        var back = Parse(text.ToString());
        Assert.Equal(rows.Select(r => (r.Tenant, r.Date, r.RawDescription, r.Amount, r.BankAccount, r.BankCategory, r.TrueAccountCode, r.Truth)),
            back.Select(r => (r.Tenant, r.Date, r.RawDescription, r.Amount, r.BankAccount, r.BankCategory, r.TrueAccountCode, r.Truth)));
    }
}
