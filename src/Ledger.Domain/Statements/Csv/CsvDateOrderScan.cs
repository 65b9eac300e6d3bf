namespace Ledger.Domain.Statements.Csv;

/// <summary>
/// Decides day-first vs month-first without guessing. The shape alone decides ISO (year first),
/// dotted dates (always day-first in the countries that write them) and month names. For
/// "03/04/2024" style dates every row is looked at: a first part above 12 means day-first, a
/// second part above 12 month-first; both is a contradiction and none leaves the file ambiguous.
/// </summary>
internal static class CsvDateOrderScan
{
    public static DateOrder? OrderFromShape(IEnumerable<string> samples)
    {
        foreach (var s in samples)
        {
            if (!CsvDates.TrySplit(s, out var p)) continue;
            if (p.A.Length == 4) return DateOrder.YearMonthDay;
            if (char.IsLetter(p.A[0]) || char.IsLetter(p.B[0])) return DateOrder.DayMonthYear; // the name decides
            if (s.AsSpan().Trim().IndexOf('.') is > 0 and < 3) return DateOrder.DayMonthYear;
            return null;
        }
        return null;
    }

    public sealed class Evidence
    {
        public int DayFirstLine, MonthFirstLine, ExampleLine;
        public string? DayFirstValue, MonthFirstValue, Example;

        public void Add(string value, int line)
        {
            if (!CsvDates.TrySplit(value, out var p) || !int.TryParse(p.A, out var a) || !int.TryParse(p.B, out var b)) return;
            if (Example is null) (Example, ExampleLine) = (value, line);
            if (a > 12 && DayFirstLine == 0) (DayFirstLine, DayFirstValue) = (line, value);
            if (b > 12 && MonthFirstLine == 0) (MonthFirstLine, MonthFirstValue) = (line, value);
        }

        public DateOrder Decide(string fileName, string column)
        {
            if (DayFirstLine > 0 && MonthFirstLine > 0)
                throw new StatementFormatException([new(fileName, MonthFirstLine, column,
                    $"The dates contradict each other: '{DayFirstValue}' (line {DayFirstLine}) can only be day/month/year and '{MonthFirstValue}' (line {MonthFirstLine}) only month/day/year. Create a column-mapping profile with the date pattern.")]);
            if (DayFirstLine > 0) return DateOrder.DayMonthYear;
            if (MonthFirstLine > 0) return DateOrder.MonthDayYear;
            // No date gives the order away; point at the first one (the header line when no row has a date at all).
            throw new StatementFormatException([new(fileName, Math.Max(1, ExampleLine), column,
                $"The dates are ambiguous: no row tells whether '{Example ?? "03/04/2024"}' is day/month or month/day. Create a column-mapping profile with the date pattern (e.g. dd/MM/yyyy or MM/dd/yyyy).")]);
        }
    }
}
