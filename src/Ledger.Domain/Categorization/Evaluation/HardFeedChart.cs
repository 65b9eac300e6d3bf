using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>The generated small business's chart of accounts (codes the hard feed is labelled with).</summary>
public static class HardFeedChart
{
    public const string Checking = "1000";
    public const string SavingsTransfer = "1010";
    public const string Equipment = "1500";
    public const string CardPayment = "2100";
    public const string SalesRevenue = "4000";
    public const string InterestIncome = "4900";
    public const string CostOfGoodsSold = "5000";
    public const string Advertising = "6000";
    public const string BankFees = "6100";
    public const string Meals = "6200";
    public const string OfficeSupplies = "6300";
    public const string Rent = "6400";
    public const string Utilities = "6500";
    public const string Software = "6600";
    public const string Travel = "6700";
    public const string AutoAndFuel = "6750";
    public const string Payroll = "6800";
    public const string Insurance = "6900";
    public const string ProfessionalFees = "6950";

    /// <summary>The chart with names and types, as onboarding would hold it (the knowledge base maps its kinds by these names).</summary>
    public static readonly IReadOnlyList<ChartAccount> Accounts =
    [
        new(Checking, "Business Checking", AccountType.Asset), new(SavingsTransfer, "Business Savings", AccountType.Asset),
        new(Equipment, "Equipment", AccountType.Asset), new(CardPayment, "Business Credit Card", AccountType.Liability),
        new(SalesRevenue, "Sales Revenue", AccountType.Income), new(InterestIncome, "Interest Income", AccountType.Income),
        new(CostOfGoodsSold, "Cost of Goods Sold", AccountType.Expense), new(Advertising, "Advertising & Marketing", AccountType.Expense),
        new(BankFees, "Bank Fees", AccountType.Expense), new(Meals, "Meals & Entertainment", AccountType.Expense),
        new(OfficeSupplies, "Office Supplies", AccountType.Expense), new(Rent, "Rent", AccountType.Expense),
        new(Utilities, "Utilities", AccountType.Expense), new(Software, "Software & Subscriptions", AccountType.Expense),
        new(Travel, "Travel", AccountType.Expense), new(AutoAndFuel, "Auto & Fuel", AccountType.Expense),
        new(Payroll, "Payroll", AccountType.Expense), new(Insurance, "Insurance", AccountType.Expense),
        new(ProfessionalFees, "Legal & Professional Fees", AccountType.Expense),
    ];

    /// <summary>Accounts a tired bookkeeper mis-posts to (the label-noise pool).</summary>
    public static readonly string[] ExpenseAccounts =
        [Advertising, BankFees, Meals, OfficeSupplies, Rent, Utilities, Software, Travel, AutoAndFuel, Insurance, ProfessionalFees, CostOfGoodsSold];
}
