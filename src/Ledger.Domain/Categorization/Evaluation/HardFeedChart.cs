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

    /// <summary>Accounts a tired bookkeeper mis-posts to (the label-noise pool).</summary>
    public static readonly string[] ExpenseAccounts =
        [Advertising, BankFees, Meals, OfficeSupplies, Rent, Utilities, Software, Travel, AutoAndFuel, Insurance, ProfessionalFees, CostOfGoodsSold];
}
