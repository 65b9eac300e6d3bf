using System.Globalization;

namespace Ledger.Domain.Statements.Csv;

/// <summary>
/// Amount parsing for CSV exports: currency symbols (£ $ €), thousands separators, a sign before or
/// after the symbol ("-$7,971.39", "+ £1,100.00"), a trailing minus and accounting parentheses.
/// The decimal separator is decided per file, so "1,234" is never guessed row by row.
/// </summary>
internal static class CsvAmounts
{
    public static bool TryParse(ReadOnlySpan<char> s, char decimalSeparator, out decimal amount)
    {
        amount = 0;
        s = s.Trim();
        if (s.IsEmpty || s.Length > 60) return false;
        var thousands = decimalSeparator == ',' ? '.' : ',';
        Span<char> digits = stackalloc char[64];
        var n = 0;
        var negative = false;
        var sawDigit = false;
        var sawDecimal = false;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c)) { digits[n++] = c; sawDigit = true; }
            else if (c == decimalSeparator)
            {
                if (sawDecimal) return false;
                sawDecimal = true;
                digits[n++] = '.';
            }
            else if (c == thousands || c == '\'' || c == '+' || char.IsWhiteSpace(c)) { }
            else if (c is '-' or '(' or '\u2212') negative = true;
            else if (c == ')' || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol) { }
            else return false;
        }
        if (!sawDigit) return false;
        if (!decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)) return false;
        if (negative) amount = -amount;
        return true;
    }

    /// <summary>Which decimal separator the sample values use; null when they do not tell.</summary>
    public static char? GuessDecimalSeparator(IEnumerable<string> samples)
    {
        int comma = 0, dot = 0;
        foreach (var raw in samples)
        {
            var s = raw.AsSpan().TrimEnd(" -)CRDcrd".AsSpan());
            var lastComma = s.LastIndexOf(',');
            var lastDot = s.LastIndexOf('.');
            var last = Math.Max(lastComma, lastDot);
            if (last < 0) continue;
            var after = s.Length - last - 1;
            if (lastComma >= 0 && lastDot >= 0) { if (lastComma > lastDot) comma++; else dot++; }
            else if (after is 1 or 2) { if (lastComma >= 0) comma++; else dot++; }
        }
        return comma == 0 && dot == 0 ? null : comma > dot ? ',' : '.';
    }
}
