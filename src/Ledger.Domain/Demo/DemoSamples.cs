using System.Globalization;
using System.Text;
using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization.Evaluation;
using NodaTime;

namespace Ledger.Domain.Demo;

/// <summary>
/// The demo client's files, as a bookkeeper would bring them: three months of labelled history (past bookkeeping), then
/// the next three months as a checking OFX and a card CSV. Made from the hard evaluation feed, so the same seed always
/// gives the same bytes.
/// </summary>
public static class DemoSamples
{
    public const string CheckingCode = "1000";
    public const string CardCode = "2100";
    public static readonly LocalDate HistoryEnd = new(2024, 4, 1);
    public static readonly LocalDate NewMonthsEnd = new(2024, 7, 1);

    /// <summary>Accounts the demo client uses beyond the starter chart.</summary>
    public static readonly IReadOnlyList<ChartAccount> ExtraAccounts =
    [
        new("1500", "Equipment", AccountType.Asset), new("4900", "Interest Income", AccountType.Income),
        new("6600", "Software Subscriptions", AccountType.Expense), new("6700", "Travel", AccountType.Expense),
        new("6750", "Auto & Fuel", AccountType.Expense), new("6800", "Payroll Expenses", AccountType.Expense),
        new("6900", "Insurance", AccountType.Expense), new("6950", "Professional Fees", AccountType.Expense),
    ];

    public static IReadOnlyDictionary<string, string> Files(int seed = 7)
    {
        var rows = HardFeedGenerator.Generate(seed, 2024);
        var history = rows.Where(r => r.Date < HistoryEnd).ToList();
        var next = rows.Where(r => r.Date >= HistoryEnd && r.Date < NewMonthsEnd).ToList();
        return new Dictionary<string, string>
        {
            ["labelled-history-2024q1.csv"] = HistoryCsv(history),
            ["checking-2024q2.ofx"] = CheckingOfx(next.Where(r => r.BankAccount == HardFeedVendor.Checking).ToList()),
            ["card-2024q2.csv"] = CardStatementCsv(next.Where(r => r.BankAccount == HardFeedVendor.Card).ToList()),
            [TruthFile] = HistoryCsv(Truth(seed)),
        };
    }

    /// <summary>The right account of every Q2 statement row, as the pilot's reviewers would answer (simulate-reviews).</summary>
    public const string TruthFile = "truth-2024q2.csv";

    /// <summary>
    /// The Q2 rows without label noise: the noise pass only relabels rows after they are generated, so dates, texts and
    /// amounts are the very rows of the statements, and the account is the true one rather than a mis-posting.
    /// </summary>
    static IEnumerable<FeedRow> Truth(int seed) =>
        HardFeedGenerator.Generate(seed, 2024, labelNoiseRate: 0).Where(r => r.Date >= HistoryEnd && r.Date < NewMonthsEnd);

    public static string Code(string feedAccount) => feedAccount == HardFeedVendor.Card ? CardCode : CheckingCode;

    static string HistoryCsv(IEnumerable<FeedRow> rows)
    {
        var sb = new StringBuilder("date,description,amount,account,bank_account\n");
        foreach (var r in rows)
            sb.Append(CultureInfo.InvariantCulture, $"{r.Date:uuuu-MM-dd},{r.RawDescription.Replace(",", " ")},{r.Amount:0.00},{r.TrueAccountCode},{Code(r.BankAccount)}\n");
        return sb.ToString();
    }

    /// <summary>A plain bank CSV (Date, Description, Amount) of feed rows.</summary>
    public static string CardCsv(IEnumerable<FeedRow> rows)
    {
        var sb = new StringBuilder("Date,Description,Amount\n");
        foreach (var r in rows) sb.Append(CultureInfo.InvariantCulture, $"{r.Date:uuuu-MM-dd},\"{r.RawDescription.Replace("\"", "'")}\",{r.Amount:0.00}\n");
        return sb.ToString();
    }

    /// <summary>What the card owed before the demo's quarter (the bank's view: owed is negative), so its statement has balances.</summary>
    public const decimal CardOpeningBalance = -1286.40m;

    /// <summary>The demo's card export: the plain CSV plus the issuer's running balance after each line (what reconciliation checks).</summary>
    static string CardStatementCsv(IEnumerable<FeedRow> rows)
    {
        var sb = new StringBuilder("Date,Description,Amount,Balance\n");
        var balance = CardOpeningBalance;
        foreach (var r in rows)
        {
            balance += r.Amount;
            sb.Append(CultureInfo.InvariantCulture, $"{r.Date:uuuu-MM-dd},\"{r.RawDescription.Replace("\"", "'")}\",{r.Amount:0.00},{balance:0.00}\n");
        }
        return sb.ToString();
    }

    static string CheckingOfx(IReadOnlyList<FeedRow> rows)
    {
        var sb = new StringBuilder("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nSECURITY:NONE\r\nENCODING:USASCII\r\nCHARSET:1252\r\nCOMPRESSION:NONE\r\nOLDFILEUID:NONE\r\nNEWFILEUID:NONE\r\n\r\n");
        sb.Append("<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD\r\n");
        sb.Append("<BANKACCTFROM><BANKID>121000248<ACCTID>4417804821<ACCTTYPE>CHECKING</BANKACCTFROM>\r\n<BANKTRANLIST><DTSTART>20240401<DTEND>20240630\r\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            sb.Append(CultureInfo.InvariantCulture,
                $"<STMTTRN>\r\n<TRNTYPE>{(r.Amount < 0 ? "DEBIT" : "CREDIT")}\r\n<DTPOSTED>{r.Date:uuuuMMdd}120000[-5:EST]\r\n<TRNAMT>{r.Amount:0.00}\r\n<FITID>2024Q2-{i + 1:00000}\r\n<NAME>{Escape(r.RawDescription)}\r\n</STMTTRN>\r\n");
        }
        sb.Append(CultureInfo.InvariantCulture, $"</BANKTRANLIST><LEDGERBAL><BALAMT>{25000m + rows.Sum(r => r.Amount):0.00}<DTASOF>20240630</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r\n");
        return sb.ToString();
    }

    static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;");
}
