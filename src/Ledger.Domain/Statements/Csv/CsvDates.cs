using NodaTime;

namespace Ledger.Domain.Statements.Csv;

/// <summary>Date parsing for CSV exports once the order of day, month and year is known.</summary>
internal static class CsvDates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The order a profile pattern ("MM/dd/yyyy", "dd.MM.yy") implies.</summary>
    public static DateOrder OrderOf(string pattern)
    {
        var d = pattern.IndexOf('d');
        var m = pattern.IndexOf('M');
        var y = pattern.IndexOf('y');
        if (d < 0 || m < 0 || y < 0) throw new ArgumentException($"Date pattern '{pattern}' needs d, M and y.", nameof(pattern));
        return y < m && y < d ? DateOrder.YearMonthDay : d < m ? DateOrder.DayMonthYear : DateOrder.MonthDayYear;
    }

    /// <summary>Splits "12/31/2021", "2018-12-06 10:00", "12-Dec-2019", "20180507" into three parts; false if it is no date shape.</summary>
    public static bool TrySplit(ReadOnlySpan<char> s, out Parts parts)
    {
        parts = default;
        s = s.Trim();
        if (s.Length == 8 && !s.ContainsAnyExceptInRange('0', '9'))
        {
            parts = new Parts(s[..4].ToString(), s[4..6].ToString(), s[6..].ToString());
            return true;
        }
        Span<Range> ranges = stackalloc Range[3];
        var n = 0;
        var i = 0;
        while (i < s.Length && n < 3)
        {
            var start = i;
            var digit = char.IsAsciiDigit(s[i]);
            if (!digit && !char.IsLetter(s[i])) return false;
            while (i < s.Length && (digit ? char.IsAsciiDigit(s[i]) : char.IsLetter(s[i]))) i++;
            ranges[n++] = start..i;
            if (n < 3)
            {
                if (i >= s.Length || s[i] is not ('/' or '-' or '.' or ' ')) return false;
                i++;
            }
        }
        if (n < 3) return false;
        // Whatever follows the date (a time of day) must be separated from it.
        if (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] != 'T') return false;
        parts = new Parts(s[ranges[0]].ToString(), s[ranges[1]].ToString(), s[ranges[2]].ToString());
        return true;
    }

    public static bool TryParse(ReadOnlySpan<char> s, DateOrder order, out LocalDate date)
    {
        date = default;
        if (!TrySplit(s, out var p)) return false;
        // A month name fixes the order by itself: "12-Dec-2019", "Dec 12 2019".
        if (IsName(p.A)) return Make(p.C, p.A, p.B, out date);
        if (IsName(p.B)) return Make(p.C, p.B, p.A, out date);
        return order switch
        {
            DateOrder.YearMonthDay => Make(p.A, p.B, p.C, out date),
            DateOrder.DayMonthYear => Make(p.C, p.B, p.A, out date),
            _ => Make(p.C, p.A, p.B, out date),
        };
    }

    private static bool IsName(string s) => s.Length > 0 && char.IsLetter(s[0]);

    private static bool Make(string y, string m, string d, out LocalDate date)
    {
        date = default;
        if (!int.TryParse(y, out var year) || !int.TryParse(d, out var day) || y.Length is not (2 or 4)) return false;
        int month;
        if (IsName(m))
        {
            month = Array.IndexOf(Months, m.Length >= 3 ? m[..3].ToLowerInvariant() : m) + 1;
            if (month == 0) return false;
        }
        else if (!int.TryParse(m, out month)) return false;
        if (y.Length == 2) year += year < 80 ? 2000 : 1900;
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return false;
        date = new LocalDate(year, month, day);
        return true;
    }

    internal readonly record struct Parts(string A, string B, string C);
}
