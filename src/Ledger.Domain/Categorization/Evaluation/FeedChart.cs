using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization.Knowledge;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// The chart a labelled feed implies, for mapping the knowledge base's kinds onto it as onboarding maps a custom chart:
/// every account the feed names (recorded or adjudicated), named by itself unless a chart file names it, its type taken
/// from the chart file, else from its name ("Expenses:Food", "Sales Revenue", "Credit Card"), else from its rows (mostly
/// money in: income; otherwise expense).
/// </summary>
public static class FeedChart
{
    public static IReadOnlyList<ChartAccount> Infer(IReadOnlyList<FeedRow> rows, IReadOnlyList<ChartAccount>? known = null)
    {
        var byCode = (known ?? []).ToDictionary(a => a.Code, StringComparer.Ordinal);
        return rows.SelectMany(r => new[] { (Account: r.TrueAccountCode, r.Amount), (Account: r.AdjudicatedAccount ?? r.TrueAccountCode, r.Amount) })
            .GroupBy(x => x.Account, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => byCode.TryGetValue(g.Key, out var a) ? a : new ChartAccount(g.Key, g.Key, TypeOf(g.Key, g.Count(x => x.Amount > 0) * 2 > g.Count())))
            .ToList();
    }

    /// <summary>The kinds → accounts a replay of this feed uses (no template: a feed's chart is a custom chart).</summary>
    public static KnowledgeContext Knowledge(IReadOnlyList<FeedRow> rows, IReadOnlyList<ChartAccount>? known = null) =>
        new(MerchantKnowledge.Shipped, KindMapping.For(MerchantKnowledge.Shipped, null, Infer(rows, known)));

    /// <summary>
    /// An account type as a chart file names it: ours (Asset, Liability, Equity, Income, Expense), beancount's and ledger's
    /// roots (Assets, Liabilities, Expenses) or GnuCash's account types (BANK, CASH, CREDIT, RECEIVABLE, PAYABLE, STOCK,
    /// MUTUAL), so a household's exported chart is read as it comes. Null when it is none of these.
    /// </summary>
    public static AccountType? ParseType(string? type) => type?.Trim().ToUpperInvariant() switch
    {
        "ASSET" or "ASSETS" or "BANK" or "CASH" or "RECEIVABLE" or "STOCK" or "MUTUAL" => AccountType.Asset,
        "LIABILITY" or "LIABILITIES" or "CREDIT" or "PAYABLE" => AccountType.Liability,
        "EQUITY" => AccountType.Equity,
        "INCOME" => AccountType.Income,
        "EXPENSE" or "EXPENSES" => AccountType.Expense,
        _ => null,
    };

    private static AccountType TypeOf(string name, bool mostlyIn)
    {
        var words = KnowledgeText.Words(name).Select(KnowledgeText.Stem).ToHashSet(StringComparer.Ordinal);
        if (words.Overlaps(["expense", "cost", "cog"])) return AccountType.Expense;
        if (words.Overlaps(["income", "revenue", "sale"])) return AccountType.Income;
        if (words.Overlaps(["liability", "liabilitie", "card", "payable", "loan"])) return AccountType.Liability;
        if (words.Overlaps(["asset", "checking", "saving", "receivable"])) return AccountType.Asset;
        if (words.Overlaps(["equity", "capital", "owner", "opening"])) return AccountType.Equity;
        return mostlyIn ? AccountType.Income : AccountType.Expense;
    }
}
