using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Tests.Statements;

/// <summary>One test per CSV fixture, layout detected (no profile).</summary>
public class CsvFixtureTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Amex_uk_pending_rows_skipped_with_note_and_cr_marks_credits()
    {
        var r = ReadResult.Fixture("csv/bank2ynab_amex-uk_MS_JANE_SMITH.csv");
        Assert.Equal(10, r.Lines.Count);
        Assert.Empty(r.Errors);
        Assert.Equal(3, r.Summary.SkippedNotes.Count);
        Assert.All(r.Summary.SkippedNotes, n => Assert.Contains("pending", n));
        Assert.StartsWith("line 2:", r.Summary.SkippedNotes[0]);
        // Charges are listed unsigned; the unnamed 4th column holds "CR" on credits.
        Assert.Equal((5, D(2019, 12, 12), -1183.23m, "ROYAL LONDON INSURANCE        01222 61234  GBR"),
            (r.Lines[0].SourceLine, r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].Payee));
        Assert.Equal((D(2019, 12, 2), 1100.00m, "PAYMENT RECEIVED - THANK YOU"), (r.Lines[^1].PostedOn, r.Lines[^1].Amount, r.Lines[^1].Payee));
        Assert.Equal("V & A MUSEUM SALES     LONDON        GBR", r.Lines[6].Payee);
    }

    [Fact]
    public void Bunq_quoted_comma_decimals_and_name_as_payee()
    {
        var r = ReadResult.Fixture("csv/bank2ynab_bunq-statement.csv");
        Assert.Equal(7, r.Lines.Count);
        Assert.Equal([-8.78m, -7.08m, 8.78m, -8.76m, 7.08m, -7.07m, -7.99m], r.Lines.Select(l => l.Amount));
        Assert.Equal(("CLOUDFLARE", "CLOUDFLARE 650-3198939, US 9.95 USD, 1 USD = 0.88241 EUR"), (r.Lines[0].Payee, r.Lines[0].Memo));
        Assert.Equal((D(2018, 12, 17), "NETFLIX.COM"), (r.Lines[^1].PostedOn, r.Lines[^1].Payee));
    }

    [Fact]
    public void Kbc_semicolons_dutch_headers_padded_fields()
    {
        var r = ReadResult.Fixture("csv/bank2ynab_kbc-be-export.csv");
        var l = Assert.Single(r.Lines);
        Assert.Equal((D(2018, 2, 28), -3.40m), (l.PostedOn, l.Amount));
        Assert.Equal("BIJDRAGE 01-02-2018 - 28-02-2018     28-02 KBC-PLUSREKENING", l.Payee);
        Assert.Equal("EUR", r.Summary.Currency);
    }

    [Fact]
    public void German_umsaetze_dotted_dates_and_betrag()
    {
        var r = ReadResult.Fixture("csv/bank2ynab_de-Umsaetze.csv");
        var l = Assert.Single(r.Lines);
        Assert.Equal((D(2018, 3, 2), -17.22m, "Lastschrift"), (l.PostedOn, l.Amount, l.TransactionType));
        Assert.StartsWith("Kartenzahlung REWE SAGT DANKE.", l.Payee);
        Assert.Equal("EUR", r.Summary.Currency);
    }

    [Fact]
    public void German_credit_card_latin1_two_digit_years()
    {
        var r = ReadResult.Fixture("csv/bank2ynab_de-creditcard-umsatz-latin1.csv");
        var l = Assert.Single(r.Lines);
        Assert.Equal((D(2018, 2, 20), -5.00m, "AMREST STARBUCKS DE 08007263333  DE"), (l.PostedOn, l.Amount, l.Payee));
        Assert.Empty(r.Errors);
    }

    [Fact]
    public void Bank_of_ireland_debit_and_credit_columns_day_first()
    {
        var r = ReadResult.Fixture("csv/bank2ynab_bank-of-ireland.csv");
        Assert.Equal(27, r.Lines.Count);
        Assert.Equal((D(2017, 9, 1), 428.03m, "Random Name      GP"), (r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].Payee));
        Assert.Equal("Éáú üüüümlaut!     GP", r.Lines[1].Payee);
        Assert.Equal(-512.0m, r.Lines[2].Amount);
        Assert.Equal(("CTO", 845.92m, D(2017, 9, 7)), (r.Lines[8].Payee, r.Lines[8].Amount, r.Lines[8].PostedOn));
        Assert.Equal(("P0109US  5.00@1.18483", -4.22m), (r.Lines[7].Payee, r.Lines[7].Amount));
        Assert.Equal((D(2017, 9, 28), -818.0m, 28), (r.Lines[^1].PostedOn, r.Lines[^1].Amount, r.Lines[^1].SourceLine));
    }

    [Fact]
    public void Raiffeisen_headerless_columns_inferred_from_content()
    {
        var r = ReadResult.Fixture("csv/bank2ynab_raiffeisen-at-noheader.csv");
        Assert.Equal(73, r.Lines.Count);
        Assert.Empty(r.Errors);
        Assert.Equal((1, D(2017, 9, 18), -33.87m, "HOFER DANKT  0527  K2   18.09. 17:20"),
            (r.Lines[0].SourceLine, r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].Payee));
        Assert.Equal(-23.55m, r.Lines[1].Amount); // not the 23,55 inside the text
        Assert.Equal((74, D(2017, 10, 19), -81.99m), (r.Lines[^1].SourceLine, r.Lines[^1].PostedOn, r.Lines[^1].Amount));
        Assert.Equal("EUR", r.Summary.Currency);
        var note = Assert.Single(r.Summary.SkippedNotes);
        Assert.Contains("line 71", note);
        Assert.Contains("A null transaction", note);
    }

    [Fact]
    public void Dcu_currency_symbol_thousands_and_sign_before_dollar()
    {
        var r = ReadResult.Fixture("csv/redsimporters_dcu-checking.csv");
        Assert.Equal(10, r.Lines.Count);
        Assert.Equal((D(2021, 12, 31), -7971.39m, "DEBIT"), (r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].TransactionType));
        Assert.StartsWith("dwA4AEUAZQBKAGcA", r.Lines[0].FitId);
        Assert.Equal(6000.36m, r.Lines[1].Amount);
        Assert.Equal((D(2021, 12, 15), 10000.00m), (r.Lines[^1].PostedOn, r.Lines[^1].Amount));
        Assert.Equal(10, r.Lines.Select(l => l.FitId).Distinct().Count());
    }

    [Fact]
    public void Schwab_title_line_section_rows_and_withdrawal_deposit()
    {
        var r = ReadResult.Fixture("csv/beancountimport_schwab-checking.csv");
        Assert.Equal(12, r.Lines.Count);
        Assert.Empty(r.Errors);
        Assert.Equal(2, r.Summary.SkippedNotes.Count);
        Assert.Contains("Posted Transactions", r.Summary.SkippedNotes[1]);
        Assert.Equal((5, D(2021, 7, 30), 3.00m, "ATM Fee Rebate", "ATMREBATE"),
            (r.Lines[0].SourceLine, r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].Payee, r.Lines[0].TransactionType));
        Assert.Equal(-10500.00m, r.Lines[2].Amount);
        var check = r.Lines.Single(l => l.CheckNumber is not null);
        Assert.Equal(("1002", -1234.11m, D(2019, 11, 22)), (check.CheckNumber, check.Amount, check.PostedOn));
        Assert.Equal((D(2019, 11, 22), D(2021, 11, 1)), (r.Summary.From!.Value, r.Summary.To!.Value));
    }

    [Fact]
    public void Mint_unsigned_amounts_with_debit_credit_column_and_html_entities()
    {
        var r = ReadResult.Fixture("csv/beancountimport_mint-export.csv");
        Assert.Equal(7, r.Lines.Count);
        Assert.Equal((D(2017, 3, 27), -7.99m, "Amazon", "debit"), (r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].Payee, r.Lines[0].TransactionType));
        Assert.Equal("AMAZON MARKETPLACE SEATTLE WA<br/>Skydue Letter A4 Paper Expandi", r.Lines[0].Memo);
        Assert.Contains("V&A William Morris", r.Lines[1].Memo);
        Assert.Equal((D(2013, 11, 27), 66.88m, "Transfer from My Checking"), (r.Lines[5].PostedOn, r.Lines[5].Amount, r.Lines[5].Payee));
        Assert.Equal((D(2013, 12, 2), -66.88m), (r.Lines[6].PostedOn, r.Lines[6].Amount));
    }

    [Fact]
    public void Every_csv_fixture_has_a_test()
    {
        Assert.Equal(10, Directory.GetFiles(Fixtures.Path("csv")).Length);
    }
}
