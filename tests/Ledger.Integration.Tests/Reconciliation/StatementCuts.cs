using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Integration.Tests.Reconciliation;

/// <summary>
/// Monthly statements cut from a real card statement (shared/fixtures/ofx/gnucash_cibc_visa.qfx, CIBC Visa, Jan-Apr 2001):
/// its own lines, FITIDs and names, its own closing LEDGERBAL for the last month, and for each earlier month the balance the
/// bank would have stated (the real closing less the later lines). The fixture itself is never changed.
/// </summary>
public static partial class StatementCuts
{
    public const string Fixture = "ofx/gnucash_cibc_visa.qfx";
    /// <summary>The fixture's CURDEF: the cuts go into books kept in it.</summary>
    public const string Currency = "CAD";

    public sealed record Month(int Number, string FileName, byte[] Content, decimal Closing, string ClosingDate, decimal LinesTotal);

    public static IReadOnlyList<Month> Months()
    {
        var text = File.ReadAllText(Fixtures.Path(Fixture));
        var first = text.IndexOf("<STMTTRN>", StringComparison.Ordinal);
        var last = text.LastIndexOf("</STMTTRN>", StringComparison.Ordinal) + "</STMTTRN>".Length;
        var head = text[..first];
        var tail = text[last..];
        var lines = text[first..last].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => (Text: l, Month: int.Parse(Posted().Match(l).Groups[1].Value), Amount: decimal.Parse(Amount().Match(l).Groups[1].Value, CultureInfo.InvariantCulture)))
            .ToList();
        var closing = decimal.Parse(Balance().Match(tail).Groups[1].Value, CultureInfo.InvariantCulture);
        var months = lines.Select(l => l.Month).Distinct().Order().ToList();
        var result = new List<Month>();
        foreach (var m in months)
        {
            var after = lines.Where(l => l.Month > m).Sum(l => l.Amount);
            var balance = closing - after;
            var isLast = m == months[^1];
            var asOf = isLast ? "20010425" : $"2001{m:00}{DateTime.DaysInMonth(2001, m):00}";
            var mine = lines.Where(l => l.Month == m).ToList();
            var body = head.Replace("<DTSTART>20010102", $"<DTSTART>2001{m:00}01").Replace("<DTEND>20010425", $"<DTEND>{asOf}")
                       + string.Join("\n", mine.Select(l => l.Text)) + "\n"
                       + (isLast ? tail : BalanceBlock().Replace(Available().Replace(tail, ""), $"<LEDGERBAL>\n<BALAMT>{balance.ToString("0.00", CultureInfo.InvariantCulture)}\n<DTASOF>{asOf}\n</LEDGERBAL>", 1));
            result.Add(new Month(m, $"cibc-visa-2001-{m:00}.qfx", System.Text.Encoding.ASCII.GetBytes(body), balance,
                $"2001-{m:00}-{asOf[6..]}", mine.Sum(l => l.Amount)));
        }
        return result;
    }

    [GeneratedRegex(@"<DTPOSTED>2001(\d\d)")] private static partial Regex Posted();
    [GeneratedRegex(@"<TRNAMT>(-?[\d.]+)")] private static partial Regex Amount();
    [GeneratedRegex(@"<LEDGERBAL>\s*<BALAMT>(-?[\d.]+)")] private static partial Regex Balance();
    [GeneratedRegex(@"<LEDGERBAL>.*?</LEDGERBAL>", RegexOptions.Singleline)] private static partial Regex BalanceBlock();
    [GeneratedRegex(@"<AVAILBAL>.*?</AVAILBAL>", RegexOptions.Singleline)] private static partial Regex Available();
}
