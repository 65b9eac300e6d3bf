using NodaTime;

namespace Ledger.Domain.Statements;

/// <summary>A CSV running-balance column read back: the balance before the first and after the last line, and its breaks.</summary>
/// <param name="Breaks">Rows whose balance does not follow from the one before and the amounts between ("line 7: 25.00 missing").</param>
public sealed record RunningBalanceResult(StatementBalance Opening, StatementBalance Closing, IReadOnlyList<string> Breaks, int BreakCount);

/// <summary>
/// Checks a running-balance column while the lines stream by, keeping no rows. Banks list newest first or oldest first, so
/// both readings are kept: oldest first, balance − amounts so far is the opening and never changes; newest first,
/// balance + amounts before the row is the closing. The file's date order picks the reading; a jump in the constant is a
/// break, reported with its amount (money the column counts and the lines do not, or the other way round).
/// </summary>
internal sealed class RunningBalance
{
    const int KeptBreaks = 20;

    /// <summary>The same bound the importer puts on amounts: sums of a file's lines stay far inside decimal's range.</summary>
    public const decimal MaxBalance = 999_999_999_999.99m;
    bool overflowed;
    readonly Reading ascending = new(), descending = new();
    decimal sum;
    LocalDate? firstDate, lastDate;
    int lines;

    public void Add(StatementLine line, decimal? balance)
    {
        firstDate ??= line.PostedOn;
        lastDate = line.PostedOn;
        lines++;
        if (overflowed) return;
        try
        {
            var before = sum;
            sum += line.Amount;
            if (balance is not { } b) return;
            ascending.Observe(line.SourceLine, b - sum);
            descending.Observe(line.SourceLine, b + before);
        }
        catch (OverflowException)
        {
            // Amounts no statement holds (the importer refuses them by line and field); the column is then not read at all.
            overflowed = true;
        }
    }

    public RunningBalanceResult? Finish()
    {
        if (overflowed || ascending.Seen == 0 || firstDate is not { } first || lastDate is not { } last) return null;
        var newestFirst = first > last || (first == last && descending.Breaks.Count < ascending.Breaks.Count);
        var from = first < last ? first : last;
        var to = first < last ? last : first;
        // Oldest first: opening is the constant; newest first: closing is, and the opening follows from every amount.
        var (opening, closing) = newestFirst
            ? (descending.Constant - sum, descending.First)
            : (ascending.First, ascending.Constant + sum);
        var reading = newestFirst ? descending : ascending;
        return new RunningBalanceResult(new StatementBalance(opening, from), new StatementBalance(closing, to), reading.Breaks, reading.BreakCount);
    }

    sealed class Reading
    {
        public int Seen;
        public decimal Constant;
        public List<string> Breaks { get; } = [];
        public int BreakCount;
        public decimal First;

        public void Observe(int sourceLine, decimal constant)
        {
            Seen++;
            if (Seen == 1) First = constant;
            if (Seen > 1 && constant != Constant)
            {
                BreakCount++;
                if (Breaks.Count < KeptBreaks)
                    Breaks.Add($"line {sourceLine}: the balance column is {constant - Constant:+0.00;-0.00} off the amounts before it");
            }
            Constant = constant;
        }
    }
}
