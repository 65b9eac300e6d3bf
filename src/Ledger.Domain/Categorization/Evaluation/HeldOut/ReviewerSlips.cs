using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// A reviewer's recorded account is wrong on a small share of lines: mostly a neighbouring account of the same
/// type (Office Supplies for Software), sometimes one that makes no sense (an income account for a fuel purchase).
/// Never the line's own bank account, which a posting cannot use.
/// </summary>
internal static class ReviewerSlips
{
    public const double Rate = 0.015;

    public static string[] Recorded(IReadOnlyList<StatementLine> lines, IReadOnlyList<ChartAccount> chart, Random random)
    {
        var recorded = lines.Select(l => l.Account).ToArray();
        var count = (int)Math.Round(lines.Count * Rate, MidpointRounding.AwayFromZero);
        var order = Enumerable.Range(0, lines.Count).OrderBy(_ => random.Next()).Take(count);
        foreach (var i in order)
        {
            var line = lines[i];
            var type = chart.First(a => a.Code == line.Account).Type;
            var usable = chart.Where(a => a.Code != line.Account && a.Code != line.BankAccount).ToList();
            var plausible = usable.Where(a => a.Type == type).ToList();
            var pool = random.NextDouble() < 0.65 && plausible.Count > 0 ? plausible : usable.Where(a => a.Type != type).ToList();
            recorded[i] = pool[random.Next(pool.Count)].Code;
        }
        return recorded;
    }
}
