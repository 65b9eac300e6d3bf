using Ledger.Domain.Export;
using Ledger.Domain.Tenants;
using NodaTime;

namespace Ledger.Domain.Accounts;

/// <summary>A client's chart grows beyond its template: the one rule set for the API and the operators' command line.</summary>
public static class ChartChanges
{
    public static ChartAccountAdded Add(string tenantId, IReadOnlyList<ChartAccount> chart, string? code, string? name, string? type, string? parent,
        string by, Instant now)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(type))
            throw new DomainException("An account needs code, name and type (Asset, Liability, Equity, Income or Expense).");
        if (!Enum.TryParse<AccountType>(type.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(type, out _))
            throw new DomainException($"Account type '{type}' is not one of Asset, Liability, Equity, Income, Expense.");
        var trimmed = code.Trim();
        // QBO's import matches account names exactly, so a name the export would have to neutralise could never match.
        if (SpreadsheetCsv.BeginsLikeFormula(name.Trim()) || SpreadsheetCsv.BeginsLikeFormula(trimmed))
            throw new DomainException("An account's code and name must not begin with =, +, -, @, tab or CR (spreadsheets run such a cell as a formula).");
        if (chart.Any(a => a.Code == trimmed)) throw new DomainException($"Account {trimmed} already exists in the chart.");
        if (parent is not null && chart.All(a => a.Name != parent)) throw new DomainException($"Parent account '{parent}' is not in the chart.");
        return new ChartAccountAdded(tenantId, new ChartAccount(trimmed, name.Trim(), kind, parent), by, now);
    }
}
