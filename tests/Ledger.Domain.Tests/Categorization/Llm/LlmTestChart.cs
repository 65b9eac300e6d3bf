using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization.Llm;

namespace Ledger.Domain.Tests.Categorization.Llm;

internal static class LlmTestChart
{
    public static readonly IReadOnlyList<ChartAccount> Chart =
    [
        new("1000", "Business Checking", AccountType.Asset),
        new("2000", "Credit Card", AccountType.Liability),
        new("4000", "Sales", AccountType.Income),
        new("6100", "Fuel", AccountType.Expense, "Vehicle"),
        new("6200", "Meals and Entertainment", AccountType.Expense),
        new("MISC", "Miscellaneous", AccountType.Expense),
    ];

    public static LlmRequest Request(string description = "SHELL OIL 57442", decimal amount = -42.10m) =>
        new("t1", description, "card 1234", amount, "Business Checking", Chart);
}
