using Ledger.Domain.Reconciliation;
using NodaTime;

namespace Ledger.Domain.Close;

/// <summary>A month is closed after its accounts are reconciled: each account with bank lines in it, through its last day or later.</summary>
public static class CloseReadiness
{
    /// <returns>null when the month may be closed; otherwise the accounts still to reconcile, in words.</returns>
    public static string? Refusal(string period, LocalDate through, IEnumerable<string> accountsWithLines, IEnumerable<AccountReconciled> reconciliations)
    {
        var done = reconciliations.Where(r => r.StatementDate >= through).Select(r => r.BankAccountCode).ToHashSet();
        var missing = accountsWithLines.Where(a => !done.Contains(a)).Order().ToList();
        return missing.Count == 0 ? null
            : $"Period {period} cannot be closed yet: account(s) {string.Join(", ", missing)} have bank lines in it and no reconciliation through {through:uuuu-MM-dd} or later.";
    }
}
