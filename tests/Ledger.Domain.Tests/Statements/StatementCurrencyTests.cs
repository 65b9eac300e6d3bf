using Ledger.Domain.Statements;
using Ledger.Domain.Tenants;

namespace Ledger.Domain.Tests.Statements;

/// <summary>A statement in another currency than the books' is refused whole, naming file, line and field; never converted.</summary>
public class StatementCurrencyTests
{
    /// <summary>The currency check as the import's first pass runs it over a file read to the end.</summary>
    static StatementError? Check(ReadResult read, string fileName, string books, string? ofxAccountId = null)
    {
        var check = new StatementCurrencyCheck(fileName, books);
        foreach (var line in read.Lines.Where(l => ofxAccountId is null || l.SourceAccountId == ofxAccountId)) check.Observe(line);
        return check.Finish(read.Summary, ofxAccountId);
    }

    static string Ofx(string curdef, string transactionCurrency = "", string account = "1234") =>
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX>\n<BANKMSGSRSV1>\n<STMTTRNRS>\n<STMTRS>\n" +
        $"<CURDEF>{curdef}\n" +
        $"<BANKACCTFROM>\n<BANKID>1\n<ACCTID>{account}\n<ACCTTYPE>CHECKING\n</BANKACCTFROM>\n<BANKTRANLIST>\n" +
        "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261103\n<TRNAMT>-12.50\n<FITID>F1\n<NAME>COFFEE\n</STMTTRN>\n" +
        $"<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20261104\n<TRNAMT>-40.00\n<FITID>F2\n<NAME>HOTEL\n{transactionCurrency}</STMTTRN>\n" +
        "</BANKTRANLIST>\n</STMTRS>\n</STMTTRNRS>\n</BANKMSGSRSV1>\n</OFX>\n";

    [Fact]
    public void A_statement_in_the_books_currency_passes_whatever_the_case()
    {
        Assert.Null(Check(ReadResult.Text("s.ofx", Ofx("USD")), "s.ofx", "USD"));
        Assert.Null(Check(ReadResult.Text("s.ofx", Ofx("cad")), "s.ofx", "CAD"));
        Assert.Null(Check(ReadResult.Text("s.csv", "Date,Description,Amount,Currency\n2026-11-03,COFFEE,-12.50,eur\n"), "s.csv", "EUR"));
    }

    [Fact]
    public void A_statement_naming_no_currency_or_an_empty_one_is_taken_as_the_books_currency()
    {
        Assert.Null(Check(ReadResult.Text("s.csv", "Date,Description,Amount\n2026-11-03,COFFEE,-12.50\n"), "s.csv", "CAD"));
        Assert.Null(Check(ReadResult.Text("s.csv", "Date,Description,Amount,Currency\n2026-11-03,COFFEE,-12.50,\n"), "s.csv", "CAD"));
        Assert.Null(Check(ReadResult.Text("s.ofx", Ofx("")), "s.ofx", "AUD"));
        // The shared fixture with <CURDEF></CURDEF>.
        Assert.Null(Check(ReadResult.Fixture("ofx/ofxparse_ofx-v102-empty-tags.ofx"), "ofxparse_ofx-v102-empty-tags.ofx", "USD"));
    }

    [Fact]
    public void An_ofx_statement_in_another_currency_is_refused_at_its_curdef_line()
    {
        var refused = Check(ReadResult.Fixture("ofx/gnucash_cibc_visa.qfx"), "gnucash_cibc_visa.qfx", "USD")!;
        Assert.Equal(("gnucash_cibc_visa.qfx", 26, "CURDEF"), (refused.File, refused.Line, refused.Field));
        Assert.Equal("gnucash_cibc_visa.qfx line 26 CURDEF: the statement is in CAD; these books are kept in USD. Import it into a tenant kept in CAD.",
            refused.Message);
        Assert.Null(Check(ReadResult.Fixture("ofx/gnucash_cibc_visa.qfx"), "gnucash_cibc_visa.qfx", "CAD"));
    }

    [Fact]
    public void A_csv_in_another_currency_is_refused_at_its_first_row_naming_the_column()
    {
        var read = ReadResult.Fixture("csv/bank2ynab_de-Umsaetze.csv");
        var refused = Check(read, "de.csv", "USD")!;
        Assert.Equal((read.Lines[0].SourceLine, "Währung"), (refused.Line, refused.Field));
        Assert.Contains("the row is in EUR; these books are kept in USD. Import it into a tenant kept in EUR.", refused.Message);
        Assert.Null(Check(read, "de.csv", "EUR"));
    }

    [Fact]
    public void A_csv_whose_rows_mix_currencies_is_refused_at_the_first_row_of_the_second_currency()
    {
        var read = ReadResult.Text("mix.csv", "Date,Description,Amount,Currency\n2026-11-03,COFFEE,-12.50,CAD\n2026-11-04,,,\n2026-11-05,LUNCH,-20.00,cad\n" +
                                              "2026-11-06,HOTEL,-140.00,USD\n2026-11-07,TAXI,-30.00,EUR\n");
        var refused = Check(read, "mix.csv", "CAD")!;
        Assert.Equal(("mix.csv", 5, "Currency"), (refused.File, refused.Line, refused.Field));
        Assert.Equal("mix.csv line 5 Currency: the row is in USD, the lines before it in CAD; a statement is booked in one currency and these books are kept " +
                     "in CAD. Nothing was imported.", refused.Message);
    }

    [Theory]
    [InlineData("<CURRENCY>\n<CURRATE>1.3512\n<CURSYM>CAD\n</CURRENCY>\n", "USD", true)]    // the amount is in CAD
    [InlineData("<CURRENCY>\n<CURSYM>CAD\n</CURRENCY>\n", "USD", true)]                      // no rate: unknown, not 1
    [InlineData("<CURRENCY>\n<CURRATE>1.3512\n<CURSYM>cad\n</CURRENCY>\n", "USD", true)]    // case does not hide it
    [InlineData("<CURRENCY>\n<CURRATE>1.0000\n<CURSYM>AUD\n</CURRENCY>\n", "USD", false)]   // rate 1: the statement's own money
    [InlineData("<CURRENCY>\n<CURRATE>0.74\n<CURSYM>usd\n</CURRENCY>\n", "USD", false)]     // the books' currency
    [InlineData("<ORIGCURRENCY>\n<CURRATE>0.74\n<CURSYM>CAD\n</ORIGCURRENCY>\n", "USD", false)]   // already converted to CURDEF
    public void An_ofx_transaction_in_its_own_currency_is_refused_unless_at_rate_one(string aggregate, string books, bool refused)
    {
        var ofx = Ofx("USD", aggregate);
        var error = Check(ReadResult.Text("t.ofx", ofx), "t.ofx", books);
        Assert.Equal(refused, error is not null);
        if (error is null) return;
        var cursymLine = ofx[..ofx.IndexOf("<CURSYM>", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal(("CURSYM", cursymLine), (error.Field, error.Line));
        Assert.StartsWith($"t.ofx line {cursymLine} CURSYM: transaction 2 is in CAD", error.Message);
        Assert.EndsWith("; these books are kept in USD and amounts are never converted. Nothing was imported.", error.Message);
    }

    [Fact]
    public void Only_the_chosen_statement_of_a_file_of_several_counts()
    {
        var two = Ofx("USD", account: "1111").Replace("</BANKMSGSRSV1>\n</OFX>\n", "") +
                  Ofx("CAD", account: "2222")[Ofx("CAD").IndexOf("<STMTTRNRS>", StringComparison.Ordinal)..];
        var read = ReadResult.Text("two.ofx", two);
        Assert.Equal(["1111", "2222"], read.Summary.AccountIds);
        Assert.Null(Check(read, "two.ofx", "USD", ofxAccountId: "1111"));
        Assert.Equal("CURDEF", Check(read, "two.ofx", "USD", ofxAccountId: "2222")!.Field);
        Assert.Equal("CURDEF", Check(read, "two.ofx", "USD")!.Field);
    }

    [Fact]
    public void A_currency_that_is_no_code_is_refused_as_unknown()
    {
        var refused = Check(ReadResult.Text("s.csv", "Date,Description,Amount,Currency\n2026-11-03,COFFEE,-12.50,$\n"), "s.csv", "USD")!;
        Assert.Equal("s.csv line 2 Currency: '$' is not an ISO 4217 currency code, so the currency of the row is unknown; these books are kept in USD. " +
                     "Nothing was imported.", refused.Message);
    }

    [Fact]
    public void A_currency_on_the_line_is_not_part_of_its_identity()
    {
        var a = ReadResult.Text("a.csv", "Date,Description,Amount,Currency\n2026-11-03,COFFEE,-12.50,CAD\n").Lines.Single();
        var b = ReadResult.Text("b.csv", "Date,Description,Amount\n2026-11-03,COFFEE,-12.50\n").Lines.Single();
        Assert.Equal(TransactionIds.Fingerprint(b), TransactionIds.Fingerprint(a));
    }

    [Theory]
    [InlineData(null, "USD")]
    [InlineData("  ", "USD")]
    [InlineData("cad", "CAD")]
    [InlineData(" EUR ", "EUR")]
    public void The_books_currency_is_chosen_at_onboarding_and_defaults_to_usd(string? requested, string expected) =>
        Assert.Equal(expected, TenantOnboarding.Decide("Maple Co", "starter", "admin", "op", NodaTime.Instant.FromUtc(2026, 12, 7, 9, 0), requested)
            .Onboarded.Limits.BooksCurrency);

    [Theory]
    [InlineData("CA")]
    [InlineData("CADD")]
    [InlineData("C1D")]
    [InlineData("ÇAD")]
    [InlineData("$")]
    public void A_books_currency_that_is_not_three_letters_is_refused_naming_the_field(string requested)
    {
        var e = Assert.Throws<FieldRefusedException>(() => TenantOnboarding.Decide("Maple Co", "starter", "admin", "op", NodaTime.Instant.FromUtc(2026, 12, 7, 9, 0), requested));
        Assert.Equal("booksCurrency", e.Field);
        Assert.Contains("ISO 4217", e.Message);
    }
}
