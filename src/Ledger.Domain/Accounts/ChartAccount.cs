namespace Ledger.Domain.Accounts;

/// <summary>The five account types an accountant classifies every ledger account by.</summary>
public enum AccountType { Asset, Liability, Equity, Income, Expense }

/// <summary>
/// One account of a tenant's chart. <paramref name="Parent"/> names the parent account (by name) for
/// sub-accounts, which QuickBooks addresses as <c>Parent:Sub</c>.
/// </summary>
public sealed record ChartAccount(string Code, string Name, AccountType Type, string? Parent = null)
{
    /// <summary>Debit-normal accounts grow with debits (assets, expenses); the rest grow with credits.</summary>
    public bool IsDebitNormal => Type is AccountType.Asset or AccountType.Expense;

    public string QualifiedName => Parent is null ? Name : $"{Parent}:{Name}";
}
