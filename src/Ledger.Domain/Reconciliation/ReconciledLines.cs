using NodaTime;

namespace Ledger.Domain.Reconciliation;

/// <summary>
/// What "reconciled" means for the pilot: a bank line counts when its account was reconciled on a statement date on or after
/// the line, and that reconciliation (the first statement covering the line; its latest mark) found the books equal to the
/// bank to the cent. Reviewed or posted alone is not reconciled: a transfer booked twice is reviewed and still wrong.
/// </summary>
public static class ReconciledLines
{
    public static int Count(IEnumerable<(string Account, LocalDate PostedOn)> lines, IReadOnlyList<AccountReconciled> marks)
    {
        var byAccount = marks.GroupBy(m => m.BankAccountCode)
            .ToDictionary(g => g.Key, g => g.GroupBy(m => m.StatementDate).Select(d => d.MaxBy(m => m.At)!).OrderBy(m => m.StatementDate).ToList());
        return lines.Count(l => byAccount.TryGetValue(l.Account, out var list)
                                && list.FirstOrDefault(m => m.StatementDate >= l.PostedOn) is { Difference: 0m });
    }
}
