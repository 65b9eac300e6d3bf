using static Ledger.Domain.Accounts.AccountType;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

/// <summary>
/// A landscape maintenance and irrigation contractor around Austin, Texas: Chase checking, a Chase Ink card for
/// materials and a Capital One Spark card for the trucks; busy from March to October, crews paid weekly.
/// </summary>
public static partial class Landscaping
{
    public static TenantProfile Profile => new()
    {
        Name = "Greenline Landscape & Irrigation",
        AchName = "GREENLINE LANDSCAPE LLC",
        Owner = "MARCUS REYES",
        Checking = CheckingStyle.Chase,
        DebitLast4 = "9052",
        SavingsLast4 = "3318",
        OwnerLast4 = "7745",
        Cards = [new CardAccount("2100", CardIssuer.Chase, "7734", 8), new CardAccount("2110", CardIssuer.CapitalOne, "0921", 21)],
        Towns = [("AUSTIN", "TX"), ("ROUND ROCK", "TX"), ("CEDAR PARK", "TX"), ("PFLUGERVILLE", "TX"), ("GEORGETOWN", "TX"), ("DRIPPING SPRINGS", "TX")],
        People = ["JENNIFER WALSH", "DAVID NGUYEN", "KAREN MITCHELL", "ROBERT HAYES", "SUSAN PATEL", "MICHAEL OBRIEN", "LAURA KIM", "JAMES CARTER"],
        Season = [0.45, 0.55, 0.95, 1.3, 1.4, 1.35, 1.25, 1.2, 1.15, 1.05, 0.8, 0.5],
        OpenWeekends = true,
        FirstCheck = 2231,
        Chart = ProfileChart.Of(
            ("1000", "Chase Business Checking", Asset),
            ("1010", "Chase Business Savings", Asset),
            ("1020", "Petty Cash", Asset),
            ("1500", "Equipment & Trailers", Asset),
            ("2100", "Chase Ink Business Card", Liability),
            ("2110", "Capital One Spark Card", Liability),
            ("2300", "Sales Tax Payable", Liability),
            ("2700", "Equipment Note - John Deere Financial", Liability),
            ("2710", "Truck Loan - Ally", Liability),
            ("3000", "Owner Contributions", Equity),
            ("3100", "Owner Draws", Equity),
            ("4000", "Landscape Services Revenue", Income),
            ("4100", "Irrigation Install Revenue", Income),
            ("5000", "Plants, Soil & Hardscape Materials", Expense),
            ("5100", "Irrigation Parts", Expense),
            ("5200", "Subcontractors & Day Labor", Expense),
            ("5300", "Equipment Rental", Expense),
            ("5400", "Dump & Disposal Fees", Expense),
            ("6000", "Crew Wages", Expense),
            ("6010", "Payroll Taxes", Expense),
            ("6020", "Payroll Service Fees", Expense),
            ("6030", "Workers Compensation Insurance", Expense),
            ("6100", "Yard Rent", Expense),
            ("6110", "Utilities", Expense),
            ("6120", "Phones", Expense),
            ("6200", "Software", Expense),
            ("6300", "Small Tools & Supplies", Expense),
            ("6310", "Equipment Repairs & Parts", Expense),
            ("6400", "Fuel & Tolls", Expense),
            ("6410", "Vehicle Repairs & Maintenance", Expense),
            ("6450", "Insurance - Liability & Auto", Expense),
            ("6500", "Professional Fees", Expense),
            ("6600", "Advertising", Expense),
            ("6700", "Bank & Card Fees", Expense),
            ("6800", "Crew Meals", Expense),
            ("6900", "Licenses & Permits", Expense),
            ("6950", "Uniforms & Safety Gear", Expense)),
        Payees = [.. Receipts, .. Crew, .. Materials, .. Trucks, .. Overhead],
    };
}
