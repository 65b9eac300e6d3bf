using static Ledger.Domain.Accounts.AccountType;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

/// <summary>
/// A two-person online shop in Denver selling candles and ceramics on Shopify, Etsy, Faire and (from April)
/// Amazon: Bank of America checking and a Capital One Spark card; most sales in November and December.
/// </summary>
public static partial class OnlineShop
{
    public static TenantProfile Profile => new()
    {
        Name = "Tidepool Goods Co",
        AchName = "TIDEPOOL GOODS CO",
        Owner = "MAYA ELLISON",
        Checking = CheckingStyle.BankOfAmerica,
        DebitLast4 = "6120",
        SavingsLast4 = "4407",
        OwnerLast4 = "1183",
        Cards = [new CardAccount("2100", CardIssuer.CapitalOne, "5520", 27)],
        Towns = [("DENVER", "CO"), ("LAKEWOOD", "CO"), ("AURORA", "CO"), ("ENGLEWOOD", "CO")],
        Season = [0.8, 0.75, 0.85, 0.9, 1.0, 0.9, 0.85, 0.9, 0.95, 1.1, 1.6, 1.9],
        FirstCheck = 1040,
        Chart = ProfileChart.Of(
            ("1000", "BofA Business Checking", Asset),
            ("1010", "BofA Business Savings", Asset),
            ("1200", "Inventory - Finished Goods", Asset),
            ("1500", "Studio Equipment", Asset),
            ("2100", "Capital One Spark Card", Liability),
            ("2300", "Sales Tax Payable", Liability),
            ("2700", "SBA EIDL Loan", Liability),
            ("3000", "Owner Contributions", Equity),
            ("3100", "Owner Draws", Equity),
            ("4000", "Shopify Sales", Income),
            ("4010", "Etsy Sales", Income),
            ("4020", "Amazon Sales", Income),
            ("4030", "Wholesale Sales", Income),
            ("4900", "Interest Income", Income),
            ("5000", "Packaging Supplies", Expense),
            ("5010", "Shipping & Postage", Expense),
            ("5050", "Marketplace Fees", Expense),
            ("5100", "Candle & Ceramic Materials", Expense),
            ("6000", "Wages", Expense),
            ("6010", "Payroll Taxes", Expense),
            ("6100", "Studio Rent", Expense),
            ("6110", "Utilities", Expense),
            ("6120", "Internet & Phone", Expense),
            ("6200", "Software & Apps", Expense),
            ("6300", "Office Supplies", Expense),
            ("6500", "Professional Fees", Expense),
            ("6600", "Advertising & Marketing", Expense),
            ("6650", "Markets & Trade Shows", Expense),
            ("6700", "Bank Fees", Expense),
            ("6800", "Meals", Expense),
            ("6850", "Travel", Expense),
            ("6900", "Taxes & Licenses", Expense)),
        Payees = [.. Sales, .. Making, .. Selling, .. Running],
    };
}
