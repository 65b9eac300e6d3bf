using static Ledger.Domain.Accounts.AccountType;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

/// <summary>
/// A taco truck in San Diego working lunches, breweries and weekend events: credit union checking that exports
/// only 32 characters of each line, the credit union's Visa (no category column), Square for sales and payroll.
/// </summary>
public static partial class FoodTruck
{
    public static TenantProfile Profile => new()
    {
        Name = "Fuego Street Tacos",
        AchName = "FUEGO STREET TACOS LLC",
        Owner = "ROSA DELGADO",
        Checking = CheckingStyle.CreditUnion,
        DebitLast4 = "7310",
        SavingsLast4 = "0001",
        OwnerLast4 = "4821",
        Cards = [new CardAccount("2100", CardIssuer.CreditUnionVisa, "8802", 5)],
        Towns = [("SAN DIEGO", "CA"), ("CHULA VISTA", "CA"), ("NATIONAL CITY", "CA"), ("EL CAJON", "CA"), ("LA MESA", "CA")],
        Season = [0.8, 0.8, 0.95, 1.0, 1.1, 1.25, 1.35, 1.3, 1.1, 1.0, 0.85, 0.9],
        OpenWeekends = true,
        FirstCheck = 101,
        Chart = ProfileChart.Of(
            ("1000", "Mission Fed Business Checking", Asset),
            ("1010", "Mission Fed Savings", Asset),
            ("1020", "Cash Drawer & Change Fund", Asset),
            ("1500", "Truck & Kitchen Equipment", Asset),
            ("2100", "Mission Fed Business Visa", Liability),
            ("2300", "Sales Tax Payable", Liability),
            ("2700", "Truck Loan", Liability),
            ("3000", "Owner Contributions", Equity),
            ("3100", "Owner Draws", Equity),
            ("4000", "Food & Beverage Sales", Income),
            ("4100", "Catering Income", Income),
            ("4900", "Dividend Income", Income),
            ("5000", "Food Cost", Expense),
            ("5010", "Beverage Cost", Expense),
            ("5020", "Paper Goods & Disposables", Expense),
            ("5100", "Propane", Expense),
            ("6000", "Wages", Expense),
            ("6010", "Payroll Taxes", Expense),
            ("6020", "Payroll Fees", Expense),
            ("6100", "Commissary Rent", Expense),
            ("6150", "Event & Booth Fees", Expense),
            ("6200", "Software, Phone & POS", Expense),
            ("6300", "Kitchen Smallwares & Supplies", Expense),
            ("6310", "Truck Repairs & Maintenance", Expense),
            ("6400", "Vehicle Fuel", Expense),
            ("6450", "Insurance", Expense),
            ("6600", "Advertising", Expense),
            ("6700", "Bank Fees", Expense),
            ("6900", "Licenses & Health Permits", Expense),
            ("6950", "Uniforms & Laundry", Expense)),
        Payees = [.. Sales, .. Kitchen, .. Truck, .. Business],
    };
}
