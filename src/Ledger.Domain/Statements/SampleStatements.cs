using System.Globalization;
using System.Text;
using NodaTime;

namespace Ledger.Domain.Statements;

/// <summary>
/// Realistic US checking-account statements of any size for tests and the import benchmark:
/// varied payees, dates spread over a year, purchases and deposits, unique FITIDs. Written
/// straight to the stream, so a million rows cost no memory. Same seed, same bytes.
/// </summary>
public static class SampleStatements
{
    private static readonly string[] Payees =
    [
        "WHOLE FOODS MARKET #10234", "SHELL OIL 57442", "AMAZON.COM*2K4LM", "STARBUCKS STORE 0931", "NETFLIX.COM",
        "COSTCO WHSE #0481", "UBER TRIP HELP.UBER.COM", "CVS/PHARMACY #07731", "PG&E WEB ONLINE", "VERIZON WIRELESS",
        "TRADER JOE'S #541", "HOME DEPOT 4711", "CHEVRON 0092113", "SPOTIFY USA", "TARGET T-1842",
        "DELTA AIR LINES ATLANTA", "COMCAST CABLE", "WALGREENS #3321", "CHIPOTLE 1123", "APPLE.COM/BILL",
    ];

    private static readonly string[] Deposits =
        ["PAYROLL ACME INC DIRECT DEP", "INTEREST PAID", "ZELLE FROM J SMITH", "MOBILE CHECK DEPOSIT", "IRS TREAS 310 TAX REF"];

    private static readonly LocalDate Start = new(2024, 1, 1);

    public static void WriteOfx(Stream stream, int count, int seed)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        w.Write("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n");
        w.Write("<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20250101120000[-5:EST]<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>\r\n");
        w.Write("<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD\r\n");
        w.Write("<BANKACCTFROM><BANKID>121000248<ACCTID>4417812345<ACCTTYPE>CHECKING</BANKACCTFROM>\r\n<BANKTRANLIST><DTSTART>20240101<DTEND>20241231\r\n");
        var balance = 0m;
        foreach (var t in Generate(count, seed))
        {
            balance += t.Amount;
            w.Write("<STMTTRN>\r\n<TRNTYPE>");
            w.Write(t.Amount < 0 ? "DEBIT" : "CREDIT");
            w.Write("\r\n<DTPOSTED>");
            w.Write(t.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            w.Write("120000.000[-5:EST]\r\n<TRNAMT>");
            w.Write(t.Amount.ToString(CultureInfo.InvariantCulture));
            w.Write("\r\n<FITID>");
            w.Write(t.FitId);
            w.Write("\r\n<NAME>");
            w.Write(t.Payee.Replace("&", "&amp;"));
            w.Write("\r\n<MEMO>POS PURCHASE REF ");
            w.Write(t.FitId);
            w.Write("\r\n</STMTTRN>\r\n");
        }
        w.Write("</BANKTRANLIST><LEDGERBAL><BALAMT>");
        w.Write(balance.ToString(CultureInfo.InvariantCulture));
        w.Write("<DTASOF>20241231120000</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r\n");
    }

    public static void WriteCsv(Stream stream, int count, int seed)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine("Date,Description,Amount,Transaction ID");
        foreach (var t in Generate(count, seed))
        {
            w.Write(t.Date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture));
            w.Write(",\"");
            w.Write(t.Payee);
            w.Write("\",");
            w.Write(t.Amount.ToString(CultureInfo.InvariantCulture));
            w.Write(',');
            w.WriteLine(t.FitId);
        }
    }

    private readonly record struct Sample(LocalDate Date, decimal Amount, string Payee, string FitId);

    private static IEnumerable<Sample> Generate(int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            // Rows go through the year in order; a day > 12 early on keeps MM/dd unambiguous.
            var date = Start.PlusDays((int)((long)i * 365 / Math.Max(count, 1)) + (i == 0 ? 12 : 0));
            var deposit = random.Next(8) == 0;
            var cents = deposit ? random.Next(5_000, 350_000) : -random.Next(150, 25_000);
            var payee = deposit ? Deposits[random.Next(Deposits.Length)] : Payees[random.Next(Payees.Length)];
            yield return new Sample(date, cents / 100m, payee, $"{seed:X4}{i:D9}");
        }
    }
}
