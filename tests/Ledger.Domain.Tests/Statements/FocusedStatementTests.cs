using System.Text;
using Ledger.Domain.Statements;
using Ledger.Domain.Statements.Csv;
using NodaTime;

namespace Ledger.Domain.Tests.Statements;

public class FocusedStatementTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Ofx_with_no_line_breaks_at_all_even_in_the_header()
    {
        const string ofx = "OFXHEADER:100DATA:OFXSGMLVERSION:102SECURITY:NONEENCODING:USASCIICHARSET:1252COMPRESSION:NONEOLDFILEUID:NONENEWFILEUID:NONE"
            + "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>42</BANKACCTFROM><BANKTRANLIST>"
            + "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240305<TRNAMT>-1.50<FITID>a<NAME>A &amp; B</STMTTRN>"
            + "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240306120000.000[-5:EST]<TRNAMT>+2<FITID>b<PAYEE><NAME>Payee Agg<ADDR1>x</PAYEE></STMTTRN>"
            + "</BANKTRANLIST><LEDGERBAL><BALAMT>0.5<DTASOF>20240307</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
        var r = ReadResult.Text("x.ofx", ofx);
        Assert.Equal(StatementFormat.Ofx1Sgml, r.Reader.Format);
        Assert.Equal([("A & B", -1.50m), ("Payee Agg", 2m)], r.Lines.Select(l => (l.Payee, l.Amount)));
        Assert.Equal(D(2024, 3, 6), r.Lines[1].PostedOn);
        Assert.Equal(new StatementBalance(0.5m, D(2024, 3, 7)), r.Summary.LedgerBalance);
    }

    [Fact]
    public void Reused_fitids_are_not_errors()
    {
        const string ofx = "<OFX><STMTRS><BANKTRANLIST><STMTTRN><DTPOSTED>20240101<TRNAMT>1<FITID>7</STMTTRN>"
            + "<STMTTRN><DTPOSTED>20240101<TRNAMT>1<FITID>7</STMTTRN></BANKTRANLIST></STMTRS></OFX>";
        var r = ReadResult.Text("dup.ofx", ofx);
        Assert.Equal(2, r.Lines.Count);
        Assert.Empty(r.Errors);
    }

    [Fact]
    public void Csv_ambiguous_dates_are_refused_asking_for_a_profile()
    {
        var ex = Assert.Throws<StatementFormatException>(() =>
            ReadResult.Text("a.csv", "Date,Description,Amount\n03/04/2024,Coffee,-3.50\n05/06/2024,Rent,-900\n"));
        Assert.Contains("ambiguous", ex.Message);
        Assert.Contains("profile", ex.Message);
        Assert.Equal("Date", ex.Errors[0].Field);
    }

    [Theory]
    [InlineData("03/04/2024,A,-1\n25/04/2024,B,-2\n", 4, 3)] // a day above 12 on the last row: day-first
    [InlineData("03/04/2024,A,-1\n04/25/2024,B,-2\n", 3, 4)] // a second part above 12: month-first
    public void Csv_ambiguous_dates_resolved_by_another_row(string rows, int month, int day)
    {
        var r = ReadResult.Text("a.csv", "Date,Description,Amount\n" + rows);
        Assert.Equal(D(2024, month, day), r.Lines[0].PostedOn);
    }

    [Fact]
    public void Csv_contradicting_date_orders_are_refused()
    {
        var ex = Assert.Throws<StatementFormatException>(() =>
            ReadResult.Text("a.csv", "Date,Description,Amount\n25/04/2024,A,-1\n04/25/2024,B,-2\n"));
        Assert.Contains("contradict", ex.Message);
    }

    [Fact]
    public void Profile_wins_over_detection()
    {
        var profile = new CsvProfile("My bank", DateColumn: "0", DatePattern: "dd/MM/yyyy", DescriptionColumns: ["Who"],
            AmountColumn: "Value", Delimiter: '|', DecimalSeparator: ',', SkipLines: 1);
        var r = ReadResult.Text("p.csv", "Export of 2024\nWhen|Who|Value\n03/04/2024|Baker|-1.234,50\n", profile);
        var l = Assert.Single(r.Lines);
        Assert.Equal((D(2024, 4, 3), -1234.50m, "Baker", 3), (l.PostedOn, l.Amount, l.Payee, l.SourceLine));
    }

    [Fact]
    public void Profile_survives_json_round_trip()
    {
        var profile = new CsvProfile("B", "Date", "MM/dd/yyyy", ["Desc"], DebitColumn: "Out", CreditColumn: "In");
        var json = System.Text.Json.JsonSerializer.Serialize(profile);
        var back = System.Text.Json.JsonSerializer.Deserialize<CsvProfile>(json)!;
        Assert.Equal(profile.DescriptionColumns, back.DescriptionColumns);
        Assert.Equal(profile with { DescriptionColumns = back.DescriptionColumns }, back);
    }

    [Fact]
    public void Semicolon_file_uses_comma_decimals_and_dot_thousands()
    {
        var r = ReadResult.Text("de.csv", "Buchungstag;Verwendungszweck;Betrag;Währung\n01.02.2024;Miete;-1.234,56;EUR\n02.02.2024;Gehalt;\"2.500,00\";EUR\n");
        Assert.Equal([-1234.56m, 2500.00m], r.Lines.Select(l => l.Amount));
        Assert.Equal("Miete", r.Lines[0].Payee);
        Assert.Equal("EUR", r.Summary.Currency);
    }

    [Fact]
    public void Tab_separated_iso_dates()
    {
        var r = ReadResult.Text("t.csv", "Date\tPayee\tAmount\n2024-01-31\tShop\t-5.25\n");
        Assert.Equal((D(2024, 1, 31), -5.25m, "Shop"), (r.Lines[0].PostedOn, r.Lines[0].Amount, r.Lines[0].Payee));
    }

    [Fact]
    public void Debit_and_credit_columns_soll_haben()
    {
        var r = ReadResult.Text("sh.csv", "Datum;Buchungstext;Soll;Haben\n01.03.2024;Strom;45,10;\n02.03.2024;Zins;;1,05\n");
        Assert.Equal([-45.10m, 1.05m], r.Lines.Select(l => l.Amount));
    }

    [Fact]
    public void Bad_amount_row_error_names_file_line_and_column()
    {
        var r = ReadResult.Text("bad.csv", "Date,Description,Amount\n2024-01-02,Ok,-1.00\n2024-01-03,Broken,abc\n2024-13-01,Bad date,-2\n");
        var ok = Assert.Single(r.Lines);
        Assert.Equal("Ok", ok.Payee);
        Assert.Equal([(3, "Amount"), (4, "Date")], r.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("'abc' is not an amount", r.Errors[0].Message);
        Assert.Equal("bad.csv", r.Errors[0].File);
    }

    [Fact]
    public void Latin1_and_utf8_bytes_of_the_same_text_read_the_same()
    {
        const string csv = "Date,Description,Amount\n2024-01-02,Café Müller,-3.00\n";
        var utf8 = ReadResult.Bytes("u.csv", Encoding.UTF8.GetBytes(csv));
        var latin1 = ReadResult.Bytes("l.csv", Encoding.Latin1.GetBytes(csv));
        var bom = ReadResult.Bytes("b.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
        Assert.Equal("Café Müller", utf8.Lines[0].Payee);
        Assert.Equal("Café Müller", latin1.Lines[0].Payee);
        Assert.Equal("Café Müller", bom.Lines[0].Payee);
        Assert.Equal(D(2024, 1, 2), bom.Lines[0].PostedOn);
    }

    [Fact]
    public void Cp1252_specials_are_mapped()
    {
        var bytes = Encoding.Latin1.GetBytes("<OFX><STMTRS><STMTTRN><DTPOSTED>20240101<TRNAMT>-1<NAME>Joe\u0092s \u0080 shop</STMTTRN></STMTRS></OFX>");
        var r = ReadResult.Bytes("x.ofx", bytes);
        Assert.Equal("Joe’s € shop", r.Lines[0].Payee);
    }

    [Fact]
    public void Csv_is_sniffed_from_content_not_extension()
    {
        var r = ReadResult.Text("statement.ofx", "Date,Description,Amount\n2024-01-02,A,-1\n");
        Assert.Equal(StatementFormat.Csv, r.Reader.Format);
        var o = ReadResult.Text("statement.csv", "\n\n<OFX><STMTRS><STMTTRN><DTPOSTED>20240101<TRNAMT>-1<NAME>A</STMTTRN></STMTRS></OFX>");
        Assert.Equal(StatementFormat.Ofx1Sgml, o.Reader.Format);
    }

    [Fact]
    public void Unrecognised_file_is_refused()
    {
        Assert.Throws<StatementFormatException>(() => ReadResult.Text("x.csv", "hello world\nthis is not a statement\n"));
        Assert.Throws<StatementFormatException>(() => ReadResult.Text("x.csv", "   \n"));
    }
}
