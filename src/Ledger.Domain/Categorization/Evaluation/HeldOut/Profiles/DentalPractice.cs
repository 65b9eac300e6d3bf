using static Ledger.Domain.Accounts.AccountType;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

/// <summary>A four-chair general dentistry practice in Portland, Oregon: Wells Fargo checking and an Amex card.</summary>
public static partial class DentalPractice
{
    public static TenantProfile Profile => new()
    {
        Name = "Harbor View Dental Group",
        AchName = "HARBOR VIEW DENTAL GRP",
        Owner = "LINH TRAN",
        Checking = CheckingStyle.WellsFargo,
        DebitLast4 = "4471",
        SavingsLast4 = "8830",
        OwnerLast4 = "2259",
        Cards = [new CardAccount("2100", CardIssuer.Amex, "1009", 24)],
        Towns = [("PORTLAND", "OR"), ("BEAVERTON", "OR"), ("LAKE OSWEGO", "OR"), ("TIGARD", "OR"), ("VANCOUVER", "WA")],
        FirstCheck = 5012,
        Chart = ProfileChart.Of(
            ("1000", "Wells Fargo Business Checking", Asset),
            ("1010", "Wells Fargo Business Savings", Asset),
            ("1500", "Dental Equipment", Asset),
            ("2100", "Amex Business Gold", Liability),
            ("2700", "Equipment Loan - Balboa Capital", Liability),
            ("3000", "Owner Contributions", Equity),
            ("3100", "Owner Draws", Equity),
            ("3110", "Owner Estimated Tax Payments", Equity),
            ("4000", "Patient Fees", Income),
            ("4100", "Insurance Claim Payments", Income),
            ("4900", "Interest Income", Income),
            ("5000", "Dental Supplies", Expense),
            ("5100", "Dental Lab Fees", Expense),
            ("6000", "Salaries & Wages", Expense),
            ("6010", "Payroll Taxes", Expense),
            ("6020", "Payroll Service Fees", Expense),
            ("6030", "Employee Health Benefits", Expense),
            ("6100", "Rent", Expense),
            ("6110", "Utilities", Expense),
            ("6120", "Telephone & Internet", Expense),
            ("6130", "Janitorial & Biohazard Disposal", Expense),
            ("6200", "Software & Subscriptions", Expense),
            ("6210", "Office Supplies & Postage", Expense),
            ("6300", "Repairs & Maintenance", Expense),
            ("6400", "Insurance - Malpractice & Property", Expense),
            ("6500", "Legal & Accounting", Expense),
            ("6550", "Continuing Education", Expense),
            ("6600", "Marketing & Advertising", Expense),
            ("6700", "Bank & Merchant Fees", Expense),
            ("6710", "Interest Expense", Expense),
            ("6800", "Meals", Expense),
            ("6850", "Travel", Expense),
            ("6900", "Dues, Licenses & Taxes", Expense)),
        Payees = [.. Receipts, .. Staff, .. Premises, .. Clinical, .. Office, .. Money],
    };
}
