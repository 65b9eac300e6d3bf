using Ledger.Domain.Accounts;
using static Ledger.Domain.Accounts.AccountType;

namespace Ledger.Domain.Categorization.Knowledge;

/// <summary>
/// What a kind of account is called in charts people write: the account types it can be, and name words in order of
/// preference ("bank fee" before "fee"). A custom chart's account is found for a kind by these words.
/// </summary>
public sealed record AccountKind(string Code, IReadOnlyList<AccountType> Types, IReadOnlyList<string> NameWords)
{
    /// <summary>Words that rule an account out for this kind ("Auto:Repairs" is not where hardware-store materials go).</summary>
    public IReadOnlyList<string> NotWords { get; init; } = [];
}

/// <summary>
/// The account kinds of kb-2026.1 (frozen: later versions carry their kinds in their file). Codes are recorded in proposal
/// traces: never rename one.
/// </summary>
public static class AccountKinds
{
    private static AccountKind K(string code, AccountType[] types, params string[] names) => new(code, types, names);
    private static readonly AccountType[] Expense = [AccountType.Expense];

    public static readonly IReadOnlyDictionary<string, AccountKind> All = new[]
    {
        K("bank_fees", Expense, "bank fee", "bank charge", "bank service", "service charge", "financial fee", "bank"),
        K("merchant_fees", Expense, "merchant fee", "processing fee", "merchant", "credit card fee", "bank fee", "bank charge", "bank service", "service charge"),
        K("interest_income", [Income], "interest income", "interest"),
        K("interest_expense", Expense, "interest expense", "interest", "finance charge"),
        K("payroll", Expense, "payroll expense", "payroll", "salary", "wage"),
        K("payroll_taxes", [AccountType.Expense, Liability], "payroll tax", "payroll liability", "employer tax"),
        K("taxes", Expense, "tax license", "taxes license", "license", "tax"),
        K("salary_income", [Income], "salary", "wage", "paycheck", "payroll"),
        K("card_payment", [Liability], "credit card", "card", "amex", "visa", "mastercard"),
        K("card_payment_received", [Asset], "checking", "operating", "cash"),
        K("owner_transfer", [Asset], "saving"),
        K("utilities", Expense, "utility", "electricity", "electric", "power"),
        K("phone", Expense, "telephone", "phone", "cell", "mobile", "telecom", "communication", "utility"),
        K("internet", Expense, "internet", "telecom", "communication", "utility"),
        K("travel", Expense, "travel", "airfare", "lodging", "hotel", "transport"),
        K("transit", Expense, "transit", "transport", "tram", "travel"),
        K("fuel", Expense, "fuel", "gas", "gasoline", "auto", "vehicle", "car", "automobile", "mileage", "transport"),
        K("parking_tolls", Expense, "parking", "toll", "auto", "vehicle", "car", "travel"),
        K("auto", Expense, "auto", "vehicle", "car", "automobile"),
        K("repairs_materials", Expense, "repair maintenance", "repair", "maintenance", "material", "job supply", "hardware", "tool"),
        K("office_supplies", Expense, "office supply", "office expense", "supply"),
        K("software", Expense, "software", "subscription", "saas", "computer", "technology", "tech"),
        K("shipping", Expense, "shipping", "postage", "delivery", "freight", "mail"),
        K("insurance", Expense, "insurance"),
        K("rent", Expense, "rent", "lease", "occupancy"),
        K("advertising", Expense, "advertising", "marketing", "promotion", "ad"),
        K("professional_fees", Expense, "legal professional", "professional fee", "professional service", "legal", "accounting", "consulting"),
        K("sales_revenue", [Income], "sales revenue", "sale", "revenue", "income", "fee"),
        K("cost_of_goods", Expense, "cost of good", "cogs", "cost of sale", "food cost", "purchase", "inventory", "material"),
        K("groceries", Expense, "grocery", "food"),
        K("meals", Expense, "meal", "restaurant", "dining", "entertainment", "food"),
        K("coffee", Expense, "coffee", "meal", "restaurant", "dining", "food"),
        K("education", Expense, "education", "training", "professional development", "continuing", "cpe", "seminar"),
        K("dues_subscriptions", Expense, "dues", "membership", "subscription"),
        K("entertainment", Expense, "entertainment", "subscription", "streaming", "recreation"),
        K("charity", Expense, "charity", "charitable", "donation", "contribution"),
        K("medical", Expense, "medical", "health", "pharmacy", "doctor"),
    }.ToDictionary(k => k.Code, StringComparer.Ordinal);
}
