using static Ledger.Domain.Accounts.AccountType;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

/// <summary>
/// A six-bay independent auto repair shop in Charlotte, North Carolina (a C corporation): Wells Fargo checking
/// with merchant-services deposits, a Chase Ink card for parts counters, parts and tire suppliers billed by ACH.
/// </summary>
public static partial class AutoRepair
{
    public static TenantProfile Profile => new()
    {
        Name = "Ridgeline Auto Repair",
        AchName = "RIDGELINE AUTO REPAIR",
        Owner = "TERRENCE BOYD",
        Checking = CheckingStyle.WellsFargo,
        DebitLast4 = "5548",
        SavingsLast4 = "2290",
        OwnerLast4 = "6037",
        Cards = [new CardAccount("2100", CardIssuer.Chase, "6619", 3)],
        Towns = [("CHARLOTTE", "NC"), ("MATTHEWS", "NC"), ("PINEVILLE", "NC"), ("CONCORD", "NC"), ("GASTONIA", "NC")],
        FirstCheck = 8804,
        Chart = ProfileChart.Of(
            ("1000", "Wells Fargo Operating", Asset),
            ("1010", "Wells Fargo Savings", Asset),
            ("1500", "Shop Equipment & Lifts", Asset),
            ("2100", "Chase Ink Business", Liability),
            ("2300", "NC Sales Tax Payable", Liability),
            ("2700", "Equipment Loan", Liability),
            ("3000", "Paid-in Capital", Equity),
            ("3100", "Shareholder Distributions", Equity),
            ("4000", "Repair Revenue", Income),
            ("4900", "Interest Income", Income),
            ("5000", "Parts Purchases", Expense),
            ("5010", "Tire Purchases", Expense),
            ("5020", "Sublet Repairs & Towing", Expense),
            ("6000", "Wages", Expense),
            ("6010", "Payroll Taxes", Expense),
            ("6020", "Payroll Fees", Expense),
            ("6100", "Rent", Expense),
            ("6110", "Utilities", Expense),
            ("6120", "Phone & Internet", Expense),
            ("6200", "Shop Software & Subscriptions", Expense),
            ("6300", "Shop Supplies", Expense),
            ("6310", "Small Tools", Expense),
            ("6320", "Uniforms & Shop Towels", Expense),
            ("6330", "Waste Oil & Hazmat Disposal", Expense),
            ("6400", "Equipment Repairs", Expense),
            ("6450", "Garage Liability Insurance", Expense),
            ("6550", "Training & Certification", Expense),
            ("6600", "Advertising", Expense),
            ("6700", "Bank & Merchant Fees", Expense),
            ("6800", "Meals", Expense),
            ("6900", "Licenses & Property Taxes", Expense),
            ("6950", "Income Taxes", Expense)),
        Payees = [.. Receipts, .. Parts, .. Shop, .. Overhead],
    };
}
