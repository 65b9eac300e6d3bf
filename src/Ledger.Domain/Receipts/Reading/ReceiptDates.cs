using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>Dates as receipts print them: 2024-05-03, 05/03/2024 (US order), 03.05.2024, May 3, 2024, 3 May 2024.</summary>
public static partial class ReceiptDates
{
    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b|\b(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4}|\d{2})\b|\b(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})\b|\b(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b|\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Date();

    static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static IReadOnlyList<LocalDate> On(string line)
    {
        var found = new List<LocalDate>();
        foreach (Match m in Date().Matches(line))
            if (ToDate(m) is { } d) found.Add(d);
        return found;
    }

    static LocalDate? ToDate(Match m)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 100) year += 2000;
        var month = m.Groups["mon"].Success
            ? Array.IndexOf(Months, m.Groups["mon"].Value.ToLowerInvariant()[..3]) + 1
            : int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (month < 1 || month > 12 || day < 1 || year < 1990 || year > 2100 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)) return null;
        return new LocalDate(year, month, day);
    }
}
