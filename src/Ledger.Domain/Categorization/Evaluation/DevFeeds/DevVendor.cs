namespace Ledger.Domain.Categorization.Evaluation.DevFeeds;

/// <summary>
/// One counterparty of a generated development tenant: bank-string templates (expanded by <see cref="DevText"/>), the
/// account (by name) a bookkeeper posts it to, or one chosen by amount, its amounts, rate, feed and bank category.
/// </summary>
internal sealed record DevVendor(
    string[] Templates,
    string Account,
    decimal Min,
    decimal Max,
    double PerMonth,
    bool Card = true,
    int FirstMonth = 1,
    int LastMonth = 12,
    bool MoneyIn = false,
    int? Day = null,
    Func<decimal, string>? ByAmount = null,
    double RefundRate = 0,
    string? Category = null,
    int ChangeMonth = 13,
    string? AccountAfter = null)
{
    /// <summary>The account by amount, and from <see cref="ChangeMonth"/> on the one the bookkeeper switched to.</summary>
    public string AccountFor(decimal magnitude, int month) =>
        month >= ChangeMonth && AccountAfter is not null ? AccountAfter : ByAmount?.Invoke(magnitude) ?? Account;
}

/// <summary>One-off merchants: a new name every time, built from words that say what kind of place it is.</summary>
internal sealed record DevOneOffs(string[] Prefixes, string[] First, string[] Second, string Account, decimal Min, decimal Max, double PerMonth, string? Category);

/// <summary>A generated tenant: its name, its chart (account name → type word), its vendors and one-off merchants.</summary>
internal sealed record DevTenant(string Name, string Checking, string Card, IReadOnlyList<DevVendor> Vendors, IReadOnlyList<DevOneOffs> OneOffs);
