using NodaTime;

namespace Ledger.Domain.Reconciliation;

/// <summary>
/// One statement against the one before it. Expected is the previous closing balance plus every bank line of the account
/// dated after it up to this closing date; Missing is stated − expected: bank lines the ledger never received (a statement
/// not imported), or, when negative, lines counted twice. Gap and Overlap are the dates of the file against the previous one.
/// </summary>
public sealed record StatementCheck(
    Guid ImportId, string FileName, LocalDate? FirstLine, LocalDate? LastLine, LocalDate? ClosingDate, decimal? StatedClosing,
    LocalDate? PreviousClosingDate, decimal? ExpectedClosing, decimal? Missing, string Status, IReadOnlyList<string> Notes);

public static class StatementStatus
{
    public const string First = "first";
    public const string Continuous = "continuous";
    public const string Gap = "gap";
    public const string NoBalance = "no_balance";
    public const string ArithmeticBreak = "arithmetic_break";
}

public static class StatementSeries
{
    public static IReadOnlyList<StatementCheck> Check(IReadOnlyList<StatementBalancesRecorded> statements, IReadOnlyList<BankLine> lines)
    {
        var checks = new List<StatementCheck>();
        StatementBalancesRecorded? previous = null;
        var ordered = statements.OrderBy(s => s.Closing?.AsOf ?? s.LastLine ?? LocalDate.MinIsoValue).ThenBy(s => s.At);
        foreach (var s in ordered)
        {
            var notes = new List<string>(s.ArithmeticBreaks.Select(b => $"balance column: {b}"));
            if (s.Closing is not { } closing)
            {
                checks.Add(new(s.ImportId, s.FileName, s.FirstLine, s.LastLine, null, null, null, null, null, StatementStatus.NoBalance,
                    [.. notes, "the statement states no closing balance, so it cannot be checked"]));
                continue;
            }
            if (previous?.Closing is not { } before)
            {
                checks.Add(new(s.ImportId, s.FileName, s.FirstLine, s.LastLine, closing.AsOf, closing.Amount, null, null, null,
                    notes.Count > 0 ? StatementStatus.ArithmeticBreak : StatementStatus.First, notes));
                previous = s;
                continue;
            }
            var between = lines.Where(l => l.PostedOn > before.AsOf && l.PostedOn <= closing.AsOf).Sum(l => l.Amount);
            var expected = before.Amount + between;
            var missing = closing.Amount - expected;
            var start = s.PeriodStart ?? s.FirstLine;
            if (start is { } first && first > before.AsOf.PlusDays(1))
                notes.Add($"dates {before.AsOf.PlusDays(1):uuuu-MM-dd} to {first.PlusDays(-1):uuuu-MM-dd} are in no imported statement");
            if (s.FirstLine is { } firstLine && firstLine <= before.AsOf)
                notes.Add($"overlaps the previous statement from {firstLine:uuuu-MM-dd} to {before.AsOf:uuuu-MM-dd} (lines already imported were skipped as duplicates)");
            if (missing != 0m)
                notes.Add($"{missing:0.00} of bank lines between {before.AsOf:uuuu-MM-dd} and {closing.AsOf:uuuu-MM-dd} are missing " +
                          $"(previous closing {before.Amount:0.00} + lines {between:0.00} = {expected:0.00}, the bank states {closing.Amount:0.00})");
            var status = missing != 0m ? StatementStatus.Gap : s.ArithmeticBreaks.Count > 0 ? StatementStatus.ArithmeticBreak : StatementStatus.Continuous;
            checks.Add(new(s.ImportId, s.FileName, s.FirstLine, s.LastLine, closing.AsOf, closing.Amount, before.AsOf, expected, missing, status, notes));
            previous = s;
        }
        return checks;
    }
}
