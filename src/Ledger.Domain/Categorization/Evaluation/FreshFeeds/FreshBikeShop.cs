using Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

namespace Ledger.Domain.Categorization.Evaluation.FreshFeeds;

/// <summary>A bicycle shop with a repair bench: card sales, bikes and parts from distributors, staff payroll, a storefront.</summary>
internal static class FreshBikeShop
{
    const string Sales = "Sales", Inventory = "Cost of Goods Sold", ShopSupplies = "Shop Supplies", Wages = "Payroll Expenses:Wages",
        PayrollTax = "Payroll Expenses:Taxes", Rent = "Rent or Lease", Utilities = "Utilities", Phone = "Telephone Expense",
        Software = "Computer and Internet Expenses", Ads = "Advertising and Promotion", Insurance = "Insurance Expense",
        Repairs = "Repairs and Maintenance", BankFees = "Bank Service Charges", Fees = "Merchant Account Fees", Shipping = "Freight & Shipping",
        Meals = "Meals and Entertainment", Auto = "Automobile Expense", Taxes = "Taxes & Licenses", Loan = "SBA Loan",
        Card = "Visa Business Card", Checking = "Checking", Savings = "Savings";

    public static readonly NoisyTenant Tenant = new("spoke-and-chain", "CHK-8811", "CC-3307", 3,
    [
        new(["LIGHTSPEED PAYMENTS", "LIGHTSPEED POS"], Sales, 250m, 4800m, 14, Rail.Deposit) { MoneyIn = true },
        new(["QUALITY BICYCLE PRODUCTS", "QBP", "QUALITY BIKE PROD"], Inventory, 150m, 5200m, 3, Rail.Ach) { AchWhat = "INV PMT" },
        new(["TREK BICYCLE CORP", "TREK BICYCLE"], Inventory, 900m, 9000m, 1, Rail.Ach) { AchWhat = "B2B" },
        new(["OLYMPIC CYCLE SUPPLY", "HAWLEY LAMBERT", "BTI BICYCLE TECH"], Inventory, 80m, 1800m, 1.5) { Category = "Merchandise" },
        new(["PARK TOOL", "PARKTOOL.COM"], ShopSupplies, 20m, 400m, 0.6) { Category = "Merchandise" },
        new(["ADP WAGE PAY", "ADP PAYROLL"], Wages, 5200m, 8200m, 1, Rail.Ach) { Day = 5, AchWhat = "WAGE PAY" },
        new(["ADP WAGE PAY", "ADP PAYROLL"], Wages, 5200m, 8200m, 1, Rail.Ach) { Day = 20, AchWhat = "WAGE PAY" },
        new(["ADP TAX", "ADP - TAX"], PayrollTax, 1200m, 2300m, 1, Rail.Ach) { Day = 6, AchWhat = "TAX" },
        new(["RIVERSIDE COMMONS LLC"], Rent, 4200m, 4200m, 1, Rail.Check) { Day = 1 },
        new(["XCEL ENERGY", "XCEL ENERGY-NSP"], Utilities, 140m, 420m, 1, Rail.Ach) { Day = 18, AchWhat = "UTIL BILL" },
        new(["CENTERPOINT ENERGY"], Utilities, 40m, 260m, 1, Rail.Ach) { Day = 22, AchWhat = "GAS BILL" },
        new(["VERIZON WIRELESS", "VZWRLSS*MY VZ"], Phone, 112m, 112m, 1) { Day = 10, Category = "Phone/Cable" },
        new(["GOOGLE *WORKSPACE", "GOOGLE GSUITE"], Software, 36m, 36m, 1) { Day = 2, Category = "Internet" },
        new(["YELP ADS", "YELP INC"], Ads, 150m, 300m, 1) { Day = 12, Category = "Internet" },
        new(["STATE FARM INSURANCE", "STATE FARM RO 27"], Insurance, 210m, 210m, 1, Rail.Ach) { Day = 8, AchWhat = "SFPP" },
        new(["LIGHTSPEED"], Fees, 60m, 380m, 1, Rail.Ach) { Day = 3, AchWhat = "FEES" },
        new(["UPS", "UPS*1Z8A"], Shipping, 12m, 220m, 1.5) { Category = "Merchandise" },
        new(["MN DEPT OF REVENUE", "MN DEPT REVENUE"], Taxes, 400m, 2200m, 1, Rail.Ach) { Day = 19, AchWhat = "SALES TAX" },
        new(["SBA EIDL LOAN", "SBA LOAN PMT"], Loan, 731m, 731m, 1, Rail.Ach) { Day = 14, AchWhat = "LOAN PMT" },
        new(["MONTHLY MAINTENANCE FEE"], BankFees, 25m, 25m, 1, Rail.Plain) { Day = 30 },
        new(["ONLINE TRANSFER TO SAV"], Savings, 500m, 2000m, 1, Rail.Plain) { Day = 26 },
        new(["PAYMENT TO CHASE CARD", "CHASE CREDIT CRD AUTOPAY"], Card, 500m, 3000m, 1, Rail.Plain) { Day = 23 },
    ],
    [
        new(["MENARDS", "HOME DEPOT", "FLEET FARM", "ACE HARDWARE", "HARBOR FREIGHT TOOLS", "NORTHERN TOOL"], Repairs, 8m, 300m, 1.5, "Home Improvement"),
        new(["JIMMY JOHNS", "DAVANNIS", "PIZZA LUCE", "CHIPOTLE", "CARIBOU COFFEE", "SPYHOUSE COFFEE", "BRUEGGERS BAGELS", "RED COW"], Meals, 6m, 110m, 2, "Dining"),
        new(["HOLIDAY STATIONSTORES", "KWIK TRIP", "SPEEDWAY", "CASEYS", "JIFFY LUBE", "FIRESTONE COMPLETE AUTO"], Auto, 20m, 260m, 1, "Gas/Automotive"),
        new(["FEDEX OFFICE", "CULLIGAN WATER", "CINTAS", "ULINE"], ShopSupplies, 15m, 240m, 0.8, "Merchandise"),
    ]);
}
