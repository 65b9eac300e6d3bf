using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>Money amounts as receipts print them: "1,234.56", "$48.50", "48,50 €", "1.234,56".</summary>
public static partial class ReceiptMoney
{
    [GeneratedRegex(@"(?<![\d.,])-?\d{1,3}(?:[.,\u00a0 ]\d{3})*[.,]\d{2}(?![\d%])|(?<![\d.,])-?\d+[.,]\d{2}(?![\d%])", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s*%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    /// <summary>Every amount on a line, left to right (percentages are not amounts: "Tax 8.25% 3.30" holds one).</summary>
    public static IReadOnlyList<decimal> On(string line)
    {
        var text = Percent().Replace(line, " ");
        return Amount().Matches(text).Select(m => Parse(m.Value)).OfType<decimal>().ToList();
    }

    /// <summary>The last two digits after the last separator are cents; any other separator groups thousands.</summary>
    public static decimal? Parse(string token)
    {
        var t = token.Replace("\u00a0", "").Replace(" ", "");
        var cut = t.Length - 3;
        if (cut < 0 || (t[cut] != '.' && t[cut] != ',')) return null;
        var whole = t[..cut].Replace(".", "").Replace(",", "");
        return decimal.TryParse($"{whole}.{t[(cut + 1)..]}", NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
