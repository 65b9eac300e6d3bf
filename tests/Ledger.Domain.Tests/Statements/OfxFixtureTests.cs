using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Tests.Statements;

/// <summary>One test per OFX/QFX fixture: what a person checking the import would look at.</summary>
public class OfxFixtureTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Checking_baseline_sgml()
    {
        var r = ReadResult.Fixture("ofx/ofxparse_checking.ofx");
        Assert.Equal(3, r.Lines.Count);
        Assert.Empty(r.Errors);
        Assert.Equal(StatementFormat.Ofx1Sgml, r.Reader.Format);
        Assert.Equal(StatementAccountKind.Bank, r.Summary.AccountKind);
        Assert.Equal("USD", r.Summary.Currency);
        Assert.Equal(["1452687~7"], r.Summary.AccountIds);
        Assert.Equal(new StatementBalance(100.99m, D(2013, 5, 25)), r.Summary.LedgerBalance);
        Assert.Equal((D(2011, 3, 31), 0.01m, "0000486"), (r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].FitId));
        Assert.Equal("DIVIDEND EARNED FOR PERIOD OF 03", r.Lines[0].Payee);
        Assert.StartsWith("DIVIDEND EARNED FOR PERIOD OF 03/01/2011", r.Lines[0].Memo);
        Assert.Equal((D(2011, 4, 7), -25.00m, "319", "CHECK"), (r.Lines[2].PostedOn, r.Lines[2].Amount, r.Lines[2].CheckNumber, r.Lines[2].TransactionType));
        Assert.Equal("1452687~7", r.Lines[2].SourceAccountId);
        Assert.Equal([1, 2, 3], r.Lines.Select(l => l.SourceLine));
    }

    [Fact]
    public void Anz_xml_header_over_sgml_body_is_a_credit_card()
    {
        var r = ReadResult.Fixture("ofx/ofxparse_anzcc.ofx");
        var l = Assert.Single(r.Lines);
        Assert.Equal(StatementFormat.Ofx2Xml, r.Reader.Format);
        Assert.Equal(StatementAccountKind.CreditCard, r.Summary.AccountKind);
        Assert.Equal("AUD", r.Summary.Currency);
        Assert.Equal((D(2017, 5, 8), -5.50m, "SOME MEMO", "201705080001"), (l.PostedOn, l.Amount, l.Payee, l.FitId));
        Assert.Equal(new StatementBalance(-123.45m, D(2017, 5, 10)), r.Summary.LedgerBalance);
    }

    [Fact]
    public void Suncorp_cdata_is_taken_literally_and_trimmed()
    {
        var r = ReadResult.Fixture("ofx/ofxparse_suncorp.ofx");
        var l = Assert.Single(r.Lines);
        Assert.Equal("EFTPOS WDL HANDYWAY ALDI STORE", l.Payee);
        Assert.Equal("EFTPOS WDL HANDYWAY ALDI STORE   GEELONG WEST VICAU", l.Memo);
        Assert.Equal((D(2013, 12, 15), -16.85m, "0", "1"), (l.PostedOn, l.Amount, l.CheckNumber, l.FitId));
        Assert.Equal(new StatementBalance(1234.12m, D(2013, 12, 15)), r.Summary.LedgerBalance);
    }

    [Fact]
    public void Empty_tags_give_nulls_not_values()
    {
        var r = ReadResult.Fixture("ofx/ofxparse_ofx-v102-empty-tags.ofx");
        var l = Assert.Single(r.Lines);
        Assert.Equal((D(2018, 5, 7), 12.34m, "CBA:Transfer", "Credit"), (l.PostedOn, l.Amount, l.Payee, l.TransactionType));
        Assert.Null(l.FitId);
        Assert.Null(l.CheckNumber);
        Assert.Null(r.Summary.Currency);
        Assert.Null(r.Summary.LedgerBalance); // <LEDGERBAL><BALAMT></BALAMT>... is no balance, not zero
        Assert.Equal(["12345678"], r.Summary.AccountIds);
    }

    [Fact]
    public void Missing_and_impossible_dates_are_row_errors_naming_the_transaction()
    {
        var r = ReadResult.Fixture("ofx/ofxparse_date_missing.ofx");
        Assert.Empty(r.Lines);
        Assert.Equal([(1, "DTPOSTED"), (2, "DTPOSTED"), (3, "DTPOSTED")], r.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("missing or empty", r.Errors[1].Message);
        Assert.Contains("'20120231' is not a valid date", r.Errors[2].Message);
        Assert.Equal(new StatementBalance(0m, D(2011, 6, 14)), r.Summary.LedgerBalance);
    }

    [Theory]
    [InlineData("ofx/ofxparse_investment_401k.ofx")]
    [InlineData("ofx/ofxgo_401k_v203.ofx")]
    public void Investment_statements_are_refused_with_the_reason(string file)
    {
        var ex = ReadResult.Refusal(file);
        Assert.Contains("investment statement", ex.Message);
        Assert.Contains("only bank and credit card statements can be imported", ex.Message);
    }

    [Fact]
    public void Wells_fargo_without_any_line_break()
    {
        var r = ReadResult.Fixture("ofx/ofxgo_wellsfargo.qfx");
        var l = Assert.Single(r.Lines);
        Assert.Equal(StatementFormat.Qfx, r.Reader.Format);
        Assert.Equal((D(2020, 12, 1), -12.34m, "AE Visa Card AE EPAY", "XXXXX1234", "DIRECTDEBIT", "202012011"),
            (l.PostedOn, l.Amount, l.Payee, l.Memo, l.TransactionType, l.FitId));
        Assert.Equal(new StatementBalance(123.45m, D(2020, 12, 31)), r.Summary.LedgerBalance);
        Assert.Equal(["9876543210"], r.Summary.AccountIds);
    }

    [Fact]
    public void Bmo_no_blank_line_after_header_and_zone_does_not_shift_the_date()
    {
        var r = ReadResult.Fixture("ofx/ofxgo_bmo_v102_no_header_newline.qfx");
        var l = Assert.Single(r.Lines);
        Assert.Equal(StatementAccountKind.CreditCard, r.Summary.AccountKind);
        Assert.Equal("CAD", r.Summary.Currency);
        Assert.Equal((D(2018, 10, 30), 2042.24m, "2380370270281083201810302054456"), (l.PostedOn, l.Amount, l.FitId));
        Assert.Equal(new StatementBalance(-552.63m, D(2018, 12, 2)), r.Summary.LedgerBalance);
    }

    [Fact]
    public void Moneymarket_claims_utf16_but_is_ascii_and_keeps_exact_amounts()
    {
        var r = ReadResult.Fixture("ofx/ofxgo_moneymrkt1_v203.ofx");
        Assert.Equal(3, r.Lines.Count);
        Assert.Equal("Dividend Earned", r.Lines[0].Payee);
        // Kept exactly as the bank wrote it: rounding money is the importer's decision, not the parser's.
        Assert.Equal(1303.7355652284177m, r.Lines[0].Amount);
        Assert.Equal(-850.1196618322863m, r.Lines[2].Amount);
        Assert.Equal(D(2017, 3, 15), r.Lines[2].PostedOn);
        Assert.Equal(3317.738651126686m, r.Summary.LedgerBalance!.Amount);
    }

    [Fact]
    public void Citi_card_closed_tags_and_one_decimal_amount()
    {
        var r = ReadResult.Fixture("ofx/rubyofx_creditcard.ofx");
        Assert.Equal(["xx", "yy-56", "78-9"], r.Lines.Select(l => l.FitId));
        Assert.Equal([-19.17m, -12.0m, 11.01m], r.Lines.Select(l => l.Amount));
        Assert.Equal("WALGREEN      34638675 ANYTOWN", r.Lines[0].Payee);
        Assert.Equal(D(2007, 5, 26), r.Lines[2].PostedOn);
        Assert.Equal(StatementAccountKind.CreditCard, r.Summary.AccountKind);
        Assert.Equal(new StatementBalance(-1111.01m, D(2007, 6, 23)), r.Summary.LedgerBalance);
    }

    [Fact]
    public void Amex_sixteen_statements_in_one_file()
    {
        var r = ReadResult.Fixture("ofx/rubyofx_nd-amex-sample.ofx");
        Assert.Equal(15, r.Lines.Count);
        Assert.Empty(r.Errors);
        Assert.Equal(["555555555555555", "444444444444444"], r.Summary.AccountIds);
        var delta = r.Lines.Where(l => l.Amount == -185.4m).ToList();
        Assert.Equal(2, delta.Count); // same day, same amount, different FITIDs: two real charges
        Assert.NotEqual(delta[0].FitId, delta[1].FitId);
        Assert.Equal((D(2013, 9, 13), -169.92m, "SUPER VALUE FOOD STONASSAU", "70000013255 GROCERY STORE"),
            (r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].Payee, r.Lines[0].Memo));
        Assert.Equal((D(2012, 11, 25), -109.89m, "444444444444444"), (r.Lines[^1].PostedOn, r.Lines[^1].Amount, r.Lines[^1].SourceAccountId));
        Assert.Equal(new StatementBalance(0.21m, D(2013, 9, 21)), r.Summary.LedgerBalance); // the last statement's
        Assert.Equal((D(2012, 11, 25), D(2013, 9, 14)), (r.Summary.From!.Value, r.Summary.To!.Value));
    }

    [Fact]
    public void Santander_comma_decimals_with_leading_spaces()
    {
        var r = ReadResult.Fixture("ofx/rubyofx_santander.ofx");
        Assert.Equal([-11.76m, -2.23m, -33.02m, 47.01m], r.Lines.Select(l => l.Amount));
        Assert.All(r.Lines, l => Assert.Equal(D(2017, 9, 1), l.PostedOn));
        Assert.Equal("TARIFA REGISTRO TITULO", r.Lines[0].Payee); // no NAME: MEMO is the payee
        Assert.Equal("00190944", r.Lines[0].CheckNumber);
        Assert.Equal(new StatementBalance(348.29m, D(2017, 9, 4)), r.Summary.LedgerBalance);
        Assert.Equal("BRL", r.Summary.Currency);
    }

    [Fact]
    public void Utf8_file_whose_header_says_1252_is_read_as_utf8()
    {
        var r = ReadResult.Fixture("ofx/rubyofx_utf8.ofx");
        Assert.Equal(36, r.Lines.Count);
        Assert.Empty(r.Errors);
        Assert.Equal("TÍTULO COBRANÇA-IB", r.Lines[3].Payee);
        Assert.Equal("CONTA ÁGUA/ESGOTO", r.Lines[31].Payee);
        Assert.Equal((D(2009, 10, 19), -148.40m, "Pagto conta telefone"), (r.Lines[2].PostedOn, r.Lines[2].Amount, r.Lines[2].Payee));
        Assert.Equal((D(2009, 11, 3), -89.03m, "200911031"), (r.Lines[^1].PostedOn, r.Lines[^1].Amount, r.Lines[^1].FitId));
        Assert.Equal(new StatementBalance(598.44m, D(2009, 11, 1)), r.Summary.LedgerBalance);
    }

    [Fact]
    public void Saldo_dia_with_amount_dot_is_an_error_not_a_zero_transaction()
    {
        // Decision: a "SALDO DIA" (daily balance) row whose amount is "            .  " is reported,
        // because what a person sees is "the amount is not a number"; it is never imported as 0.
        var r = ReadResult.Fixture("ofx/rubyofx_cef_malformed_decimal.ofx");
        Assert.Empty(r.Lines);
        var e = Assert.Single(r.Errors);
        Assert.Equal((1, "TRNAMT"), (e.Line, e.Field));
        Assert.Contains("SALDO DIA", e.Message);
        Assert.Contains("not a number", e.Message);
    }

    [Fact]
    public void V211_bank_and_card_statement_in_one_file()
    {
        var r = ReadResult.Fixture("ofx/rubyofx_v211.ofx");
        Assert.Equal(3, r.Lines.Count);
        Assert.Null(r.Summary.AccountKind); // mixed: see SourceAccountId per line
        Assert.Equal(["123456", "123412341234"], r.Summary.AccountIds);
        Assert.Equal((-80m, "123456", "FrogKick Scuba Gear"), (r.Lines[0].Amount, r.Lines[0].SourceAccountId, r.Lines[0].Payee));
        Assert.Equal((350.00m, "123412341234", D(2005, 8, 11)), (r.Lines[2].Amount, r.Lines[2].SourceAccountId, r.Lines[2].PostedOn));
        Assert.Equal(new StatementBalance(-562.00m, D(2005, 8, 31)), r.Summary.LedgerBalance);
    }

    [Fact]
    public void Latin1_bytes_are_decoded_as_cp1252_and_correction_is_recorded()
    {
        var r = ReadResult.Fixture("ofx/ledgerautosync_accented_characters_latin1.ofx");
        var l = Assert.Single(r.Lines);
        Assert.Equal("Virement Interac à: Jean", l.Payee);
        Assert.Equal(("201409206", "REPLACE"), (l.CorrectsFitId, l.CorrectionAction));
    }

    [Fact]
    public void Apostrophe_and_correctfitid()
    {
        var r = ReadResult.Fixture("ofx/ledgerautosync_apostrophe.ofx");
        var l = Assert.Single(r.Lines);
        Assert.Equal((D(2014, 9, 20), -58.73m, "TRADER JOE'S #541 QPS", "PAYMENT"), (l.PostedOn, l.Amount, l.Payee, l.TransactionType));
        Assert.Equal(("201409206", "201409206", "REPLACE"), (l.FitId, l.CorrectsFitId, l.CorrectionAction));
    }

    [Fact]
    public void Raw_ampersand_and_shared_all_zero_fitids_are_kept()
    {
        var r = ReadResult.Fixture("ofx/libofx_example-listing1.ofx");
        Assert.Equal(2, r.Lines.Count);
        Assert.Empty(r.Errors); // a reused FITID is the importer's concern, not a parse error
        Assert.Equal(("GROCER A & Z", -98.91m), (r.Lines[0].Payee, r.Lines[0].Amount));
        Assert.Equal(("DEPOSIT    000000", 308.86m), (r.Lines[1].Payee, r.Lines[1].Amount));
        Assert.All(r.Lines, l => Assert.Equal("00000000000000000000000000", l.FitId));
        Assert.All(r.Lines, l => Assert.Equal(D(2009, 2, 9), l.PostedOn));
        Assert.Equal(new StatementBalance(256.94m, D(2009, 2, 9)), r.Summary.LedgerBalance);
    }

    [Fact]
    public void Html_entities_decode_once_and_all_zero_name_falls_back_to_memo()
    {
        var r = ReadResult.Fixture("ofx/actual_html-vals.qfx");
        Assert.Equal(2, r.Lines.Count);
        Assert.Equal("PREAUTHORIZED DEBIT;B.C. HYDRO & POWER AUTHORITY;Electronic Funds Transfer", r.Lines[0].Payee);
        // Decision: entities are decoded exactly once (OFX spec); double-escaped text keeps one level.
        Assert.Equal("TPAY &lt;DEFTPYMT&gt;", r.Lines[1].Payee);
        Assert.Equal(["00000 00-00000"], r.Summary.AccountIds);
        Assert.Equal((D(2023, 5, 9), -1.00m), (r.Lines[0].PostedOn, r.Lines[0].Amount));
    }

    [Fact]
    public void Cibc_sign_comes_from_the_amount_not_trntype()
    {
        var r = ReadResult.Fixture("ofx/gnucash_cibc_visa.qfx");
        Assert.Equal(15, r.Lines.Count);
        Assert.Equal(("DEBIT", 80.00m, "**PAYMENT THANK YOU - PAIEMENT"), (r.Lines[0].TransactionType, r.Lines[0].Amount, r.Lines[0].Payee));
        Assert.Equal(("CREDIT", -840.30m), (r.Lines[3].TransactionType, r.Lines[3].Amount));
        Assert.Equal((D(2001, 4, 20), 25.00m), (r.Lines[^1].PostedOn, r.Lines[^1].Amount));
        Assert.Equal(new StatementBalance(-487.00m, D(2001, 4, 25)), r.Summary.LedgerBalance);
        Assert.Equal(StatementAccountKind.CreditCard, r.Summary.AccountKind);
    }

    [Fact]
    public void Amex_misnested_closing_tags_still_give_three_transactions()
    {
        var r = ReadResult.Fixture("ofx/beancountimport_amex.ofx");
        Assert.Equal([-143.94m, -28.05m, -18.76m], r.Lines.Select(l => l.Amount));
        Assert.Equal(["PRUNE               NEW YORK", "TAKAHACHI RESTAURANTNEW YORK", "UNION MARKET -  HOUSNEW YORK"], r.Lines.Select(l => l.Payee));
        Assert.Equal("7101466     RESTAURANT", r.Lines[0].Memo);
        Assert.Equal(D(2013, 11, 24), r.Lines[0].PostedOn);
        Assert.Equal(new StatementBalance(-2356.38m, D(2014, 1, 12)), r.Summary.LedgerBalance);
        Assert.Equal(["379700001111222"], r.Summary.AccountIds);
        Assert.Equal(StatementAccountKind.CreditCard, r.Summary.AccountKind);
    }

    [Fact]
    public void Every_ofx_fixture_has_a_test()
    {
        var files = Directory.GetFiles(Fixtures.Path("ofx")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(22, files.Count);
    }
}
