using System.Globalization;
using NodaTime;

namespace Ledger.Domain.Statements.Ofx;

/// <summary>Parsing of OFX date and amount values, tolerant of what banks actually write.</summary>
internal static class OfxValues
{
    /// <summary>
    /// The calendar date as written (first 8 digits, YYYYMMDD). Time, fraction and the [-5:EST]
    /// zone are ignored on purpose: a posting date is the bank's business date, and shifting
    /// 20181030000000[-5:EDT] to UTC would move it to another day.
    /// </summary>
    public static bool TryParseDate(string? value, out LocalDate date)
    {
        date = default;
        if (value is null || value.Length < 8) return false;
        for (var i = 0; i < 8; i++)
            if (!char.IsAsciiDigit(value[i])) return false;
        var y = Num(value, 0, 4);
        var m = Num(value, 4, 2);
        var d = Num(value, 6, 2);
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, m)) return false;
        date = new LocalDate(y, m, d);
        return true;
    }

    private static int Num(string s, int start, int count)
    {
        var n = 0;
        for (var i = start; i < start + count; i++) n = n * 10 + (s[i] - '0');
        return n;
    }

    /// <summary>
    /// Accepts "-12.34", "+5", "-12.0", "            -11,76" (comma decimal, Brazilian banks) and
    /// "1.234,56"/"1,234.56" (the last separator is the decimal one). Keeps every decimal written.
    /// </summary>
    public static bool TryParseAmount(string? value, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.Trim();
        var comma = s.LastIndexOf(',');
        var dot = s.LastIndexOf('.');
        if (comma >= 0)
        {
            s = comma > dot
                ? s.Replace(".", "").Replace(',', '.')
                : s.Replace(",", "");
        }
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture, out amount);
    }
}
