using V = Ledger.Domain.Categorization.Evaluation.DevFeeds.DevVendor;

namespace Ledger.Domain.Categorization.Evaluation.DevFeeds;

/// <summary>A neighbourhood bakery: Square sales, ingredient suppliers, packaging, payroll, rent and the usual bills.</summary>
internal static class DevBakery
{
    const string Sales = "Sales", Ingredients = "Cost of Goods Sold:Ingredients", Packaging = "Cost of Goods Sold:Packaging",
        Wages = "Payroll Expenses:Wages", PayrollTaxes = "Payroll Expenses:Taxes", Rent = "Rent or Lease", Utilities = "Utilities",
        Phone = "Telephone & Internet", Repairs = "Repairs & Maintenance", BankFees = "Bank Charges & Fees", MerchantFees = "Merchant Fees",
        Advertising = "Advertising & Marketing", OfficeSoftware = "Office Supplies & Software", Insurance = "Insurance", Meals = "Meals & Entertainment",
        Vehicle = "Vehicle Expenses", Equipment = "Equipment", Card = "Business Visa", Checking = "Operating Checking", Taxes = "Taxes & Licenses",
        Interest = "Interest Earned", Savings = "Savings";

    public static readonly DevTenant Tenant = new("hearth-and-grain-bakery", "CHK-2231", "CARD-8812",
    [
        new V(["SQUARE INC DEP {n6} L{ref}", "SQ INC DEPOSIT {ref}"], Sales, 250m, 2600m, 20, Card: false, MoneyIn: true),
        new V(["DOORDASH INC PAYOUT {ref}", "DOORDASH, INC. DES:PAYMENT ID:{n9}"], Sales, 80m, 700m, 4, Card: false, MoneyIn: true, FirstMonth: 4),
        new V(["SQUARE INC FEE {n6}", "SQ INC SQ FEES {ref}"], MerchantFees, 180m, 520m, 1, Card: false, Day: 2),
        new V(["BAY CITY FLOUR MILLS INV {n5}", "ACH DEBIT BAY CITY FLOUR {n6}"], Ingredients, 300m, 1400m, 4, Card: false),
        new V(["SYSCO PORTLAND {n6}", "SYSCO CORP ACH {n8}"], Ingredients, 200m, 900m, 2, Card: false),
        new V(["RESTAURANT DEPOT #{n3} {city}", "RESTAURANT DEPOT {n4}"], Ingredients, 60m, 600m, 3, Category: "Merchandise & Supplies"),
        new V(["COSTCO WHSE #{n4} {city}", "COSTCO WHSE {n4}"], Ingredients, 25m, 700m, 3, ByAmount: m => m < 80m ? OfficeSoftware : Ingredients, Category: "Merchandise & Supplies"),
        new V(["CASCADE DAIRY COOP {n4}", "CASCADE DAIRY {n6}"], Ingredients, 150m, 700m, 3, Card: false),
        new V(["GREENLEAF PRODUCE LLC {n4}"], Ingredients, 80m, 400m, 3, FirstMonth: 5, Category: "Merchandise & Supplies"),
        new V(["ULINE *S{n7}", "ULINE SHIP SUPPLIES {n6}"], Packaging, 90m, 900m, 1.5, Category: "Merchandise & Supplies"),
        new V(["WEBSTAURANTSTORE {n6}", "WEBSTAURANT STORE {ref}"], Packaging, 40m, 500m, 1.5, Category: "Merchandise & Supplies"),
        new V(["PAPER MART PACKAGING {n5}"], Packaging, 60m, 300m, 0.7, FirstMonth: 8, Category: "Merchandise & Supplies"),
        new V(["GUSTO PAYROLL {n6} NET", "GUSTO DES:NET {n6}"], Wages, 6000m, 11000m, 1, Card: false, Day: 15),
        new V(["GUSTO PAYROLL {n6} NET", "GUSTO DES:NET {n6}"], Wages, 6000m, 11000m, 1, Card: false, Day: 30),
        new V(["GUSTO TAX {n6}", "GUSTO DES:TAX {n6}"], PayrollTaxes, 1500m, 3200m, 1, Card: false, Day: 16),
        new V(["GUSTO FEE {n6}"], OfficeSoftware, 45m, 120m, 1, Card: false, Day: 28),
        new V(["HAWTHORNE PROPERTIES LLC RENT {n4}"], Rent, 4200m, 4200m, 1, Card: false, Day: 1),
        new V(["PGE WEB ONLINE {n6}", "PORTLAND GENERAL ELEC {n8}"], Utilities, 380m, 900m, 1, Card: false, Day: 12),
        new V(["NW NATURAL GAS {n6}", "NW NATURAL {n8}"], Utilities, 150m, 520m, 1, Card: false, Day: 18),
        new V(["CITY OF PORTLAND WATER BUREAU", "PORTLAND WATER BUREAU {n6}"], Utilities, 90m, 260m, 1, Card: false, Day: 22),
        new V(["COMCAST BUSINESS {n4}"], Phone, 189.90m, 189.90m, 1, Day: 9, Category: "Bills & Utilities"),
        new V(["VERIZON WRLS {n5}-{n2}", "VZWRLSS*APOCC VISB"], Phone, 95m, 140m, 1, Day: 20, Category: "Bills & Utilities"),
        new V(["HOBART SERVICE {n6}", "HOBART SVC PORTLAND"], Repairs, 180m, 1300m, 0.5, Card: false),
        new V(["THE HOME DEPOT #{n4}", "HOME DEPOT {n4} {city}"], Repairs, 15m, 1200m, 1, ByAmount: m => m < 300m ? Repairs : Equipment, RefundRate: 0.05, Category: "Home"),
        new V(["ACE HARDWARE #{n5}", "ACE HDWE {n5} {city}"], Repairs, 8m, 120m, 0.8, Category: "Home"),
        new V(["MONTHLY MAINTENANCE FEE"], BankFees, 25m, 25m, 1, Card: false, Day: 28),
        new V(["OVERDRAFT ITEM FEE", "RETURNED ITEM FEE"], BankFees, 35m, 35m, 0.15, Card: false),
        new V(["FACEBK *{ref}", "FACEBK *{ref} MENLO PARK CA"], Advertising, 40m, 300m, 2, Category: "Professional Services"),
        new V(["YELP INC {ref}", "YELP ADS {n8}"], Advertising, 150m, 350m, 1, FirstMonth: 6, Day: 6, Category: "Professional Services"),
        new V(["VISTAPRINT {n6}", "VISTAPRINT.COM {ref}"], Advertising, 30m, 240m, 0.4, Category: "Professional Services"),
        new V(["STATE FARM INSURANCE {n8}", "STATE FARM RO {n8}"], Insurance, 310m, 310m, 1, Card: false, Day: 7),
        new V(["INTUIT *QBOOKS ONLINE", "INTUIT *QUICKBOOKS {n6}"], OfficeSoftware, 90m, 90m, 1, Day: 14, Category: "Professional Services"),
        new V(["CANVA* {n8}", "CANVA* I{n8} SURRY HILLS"], OfficeSoftware, 14.99m, 14.99m, 1, Day: 19, FirstMonth: 3, Category: "Professional Services"),
        new V(["AMZN Mktp US*{ref}", "AMAZON.COM*{ref} AMZN.COM/BILL WA"], OfficeSoftware, 10m, 900m, 2, ByAmount: m => m < 100m ? OfficeSoftware : Equipment, RefundRate: 0.05, Category: "Shopping"),
        new V(["SHELL OIL {n11}", "SHELL SERVICE STATION {n5}"], Vehicle, 35m, 95m, 2, Category: "Gas"),
        new V(["FRED MEYER FUEL #{n3}", "FRED-MEYER FUEL {n4}"], Vehicle, 30m, 90m, 1.5, Category: "Gas"),
        new V(["OR DEPT OF REVENUE {n6}", "OREGON DOR TAX PMT {n6}"], Taxes, 400m, 1800m, 0.34, Card: false),
        new V(["MULTNOMAH COUNTY BUS LIC {n5}"], Taxes, 250m, 250m, 1, Card: false, FirstMonth: 4, LastMonth: 4, Day: 10),
        new V(["ONLINE PAYMENT TO VISA {card}", "ONLINE PMT VISA CARD {card}"], Card, 1500m, 5000m, 1, Card: false, Day: 26),
        new V(["PAYMENT RECEIVED - THANK YOU", "PAYMENT - THANK YOU"], Checking, 1500m, 5000m, 1, MoneyIn: true, Day: 27, Category: "Fees & Adjustments"),
        new V(["ONLINE TRANSFER TO SAV ...{n4}", "TRANSFER TO SAVINGS {n6}"], Savings, 300m, 2000m, 1, Card: false, Day: 5),
        new V(["INTEREST EARNED", "INTEREST PAID"], Interest, 0.4m, 4m, 1, Card: false, MoneyIn: true, Day: 28),
        new V(["STUMPTOWN COFFEE {city}", "SQ *STUMPTOWN COFFEE"], Meals, 4m, 40m, 1.5, Category: "Food & Drink"),
    ],
    [
        new DevOneOffs(DevWords.PosPrefixes, DevWords.RestaurantFirst, DevWords.RestaurantSecond, Meals, 12m, 160m, 2.5, "Food & Drink"),
        new DevOneOffs(["", "SQ *"], ["CHEF", "BAKERS", "PRO", "WEST COAST", "ALPINE"], ["KITCHEN SUPPLY", "RESTAURANT SUPPLY", "EQUIPMENT CO", "REFRIGERATION"], Repairs, 40m, 900m, 0.6, "Home"),
    ]);
}
