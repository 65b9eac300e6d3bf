namespace Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

/// <summary>A commercial cleaning company: client ACH and checks, janitorial supplies, vans, crews paid by payroll and Zelle.</summary>
internal static class NoisyCleaning
{
    const string Sales = "Cleaning Revenue", Supplies = "Cleaning Supplies", Equipment = "Equipment", Wages = "Payroll:Wages",
        PayrollTax = "Payroll:Employer Taxes", Subs = "Contract Labor", Fuel = "Auto:Fuel", AutoRepair = "Auto:Repairs",
        Insurance = "Insurance", Phone = "Telephone", Software = "Software & Apps", Ads = "Advertising", Uniforms = "Uniforms",
        Office = "Office Expense", Meals = "Meals", BankFees = "Bank Service Charges", Rent = "Rent", Draw = "Owner Draw",
        Card = "Capital One Spark", Checking = "Business Checking", Taxes = "Taxes & Licenses";

    public static readonly NoisyTenant Tenant = new("brightway-cleaning", "CHK-5120", "CC-0917", 0,
    [
        new(["ALDER PROPERTY MGMT", "ALDER PROP MGMT LLC"], Sales, 900m, 4800m, 2, Rail.Ach) { MoneyIn = true, AchWhat = "VENDOR PMT" },
        new(["SUMMIT DENTAL GROUP", "SUMMIT DENTAL GRP"], Sales, 450m, 1200m, 1, Rail.Ach) { MoneyIn = true, AchWhat = "ACH PMT" },
        new(["STRIPE", "STRIPE TRANSFER"], Sales, 120m, 2600m, 6, Rail.Deposit) { MoneyIn = true },
        new(["MOBILE DEPOSIT", "REMOTE ONLINE DEPOSIT"], Sales, 150m, 3000m, 4, Rail.Deposit) { MoneyIn = true },
        new(["WAXIE SANITARY SUPPLY", "WAXIE SANITARY", "WAXIE SAN SUPPLY"], Supplies, 80m, 1400m, 3) { Category = "Merchandise" },
        new(["IMPERIAL DADE", "IMPERIAL BAG & PAPER"], Supplies, 120m, 900m, 1.5, Rail.Ach) { AchWhat = "INV PMT", FirstMonth = 4 },
        new(["COSTCO WHSE", "COSTCO WHOLESALE", "WWW COSTCO COM"], Supplies, 30m, 800m, 2.5) { Category = "Merchandise", MixRate = 0.15, MixAccount = Office },
        new(["THE HOME DEPOT", "HOME DEPOT", "HOMEDEPOT.COM"], Supplies, 10m, 1500m, 2) { ByAmount = m => m < 350m ? Supplies : Equipment, RefundRate = 0.05, Category = "Home Improvement" },
        new(["LOWES", "LOWE'S HOME CENTER"], Supplies, 10m, 500m, 1) { Category = "Home Improvement" },
        new(["AMAZON MKTPL", "AMZN MKTP US", "AMAZON.COM", "AMAZON RETAIL"], Supplies, 12m, 1100m, 3) { ByAmount = m => m < 60m ? Office : m < 400m ? Supplies : Equipment, RefundRate = 0.06, Category = "Merchandise" },
        new(["ADP PAYROLL", "ADP WAGE PAY"], Wages, 7000m, 12000m, 1, Rail.Ach) { Day = 15, AchWhat = "PAYROLL" },
        new(["ADP PAYROLL", "ADP WAGE PAY"], Wages, 7000m, 12000m, 1, Rail.Ach) { Day = 30, AchWhat = "PAYROLL" },
        new(["ADP TAX"], PayrollTax, 1800m, 3400m, 1, Rail.Ach) { Day = 16, AchWhat = "TAX" },
        new(["ADP FEES", "ADP PAYROLL FEES"], Office, 90m, 160m, 1, Rail.Ach) { Day = 20, AchWhat = "FEES" },
        new(["MARISOL VEGA", "DMITRI ANTONOV", "GRACE OYELARAN"], Subs, 300m, 1400m, 3, Rail.Zelle),
        new(["DANA WHITFIELD"], Draw, 1000m, 3000m, 1, Rail.Zelle) { Day = 28 },
        new(["CHEVRON", "CHEVRON/"], Fuel, 35m, 110m, 3) { Category = "Gas/Automotive" },
        new(["ARCO", "ARCO AMPM"], Fuel, 30m, 100m, 2.5) { Category = "Gas/Automotive" },
        new(["VALERO", "VALERO CORNER STORE"], Fuel, 30m, 100m, 1.5) { Category = "Gas/Automotive", MixRate = 0.1, MixAccount = Meals },
        new(["JIFFY LUBE", "JIFFY LUBE SVC CTR"], AutoRepair, 60m, 180m, 0.4) { Category = "Automotive" },
        new(["O'REILLY AUTO PARTS", "OREILLY AUTO"], AutoRepair, 15m, 300m, 0.6) { Category = "Automotive" },
        new(["NEXT INSURANCE", "NEXT INSUR"], Insurance, 212m, 212m, 1, Rail.Ach) { Day = 3, AchWhat = "PREMIUM" },
        new(["PROGRESSIVE INS", "PROGRESSIVE"], Insurance, 388m, 388m, 1, Rail.Ach) { Day = 9, AchWhat = "INS PREM" },
        new(["T-MOBILE", "TMOBILE*AUTO PAY"], Phone, 140m, 190m, 1) { Day = 11, Category = "Phone/Cable" },
        new(["JOBBER", "GETJOBBER.COM"], Software, 69m, 69m, 1) { Day = 4, Category = "Internet" },
        new(["GOOGLE *GSUITE", "GOOGLE WORKSPACE"], Software, 24m, 36m, 1) { Day = 2, Category = "Internet" },
        new(["INTUIT *QUICKBOOKS", "INTUIT QBOOKS"], Software, 55m, 55m, 1) { Day = 14, Category = "Internet" },
        new(["GOOGLE *ADS", "GOOGLE ADS"], Ads, 80m, 600m, 1.5) { Category = "Internet" },
        new(["THUMBTACK", "THUMBTACK INC"], Ads, 20m, 150m, 1.2) { FirstMonth = 5, Category = "Internet" },
        new(["CINTAS", "CINTAS CORP"], Uniforms, 95m, 180m, 1, Rail.Ach) { Day = 21, AchWhat = "UNIFORM SVC" },
        new(["RIVERBEND SELF STORAGE", "RIVERBEND STORAGE"], Rent, 325m, 325m, 1, Rail.Check) { Day = 1 },
        new(["SERVICE CHARGE", "MONTHLY SERVICE FEE"], BankFees, 15m, 15m, 1, Rail.Plain) { Day = 27 },
        new(["CA SOS", "FRANCHISE TAX BD"], Taxes, 100m, 900m, 0.25, Rail.Ach) { AchWhat = "TAX PMT" },
        new(["CAPITAL ONE", "CAPITAL ONE MOBILE PMT"], Card, 1200m, 4200m, 1, Rail.Ach) { Day = 24, AchWhat = "CRCARDPMT" },
    ],
    [
        new(["IN-N-OUT BURGER", "CHIPOTLE", "PANERA BREAD", "DENNYS", "TACO BELL", "JERSEY MIKES", "WINGSTOP", "PANDA EXPRESS", "LOS COMPADRES", "PHO HOA", "GOLDEN DRAGON", "MAMA ROSA PIZZA"], Meals, 9m, 120m, 2.5, "Dining"),
        new(["SHELL OIL", "76", "CIRCLE K", "MAVERIK", "SINCLAIR", "CONOCO", "SPEEDWAY", "QUIKTRIP"], Fuel, 30m, 110m, 1.5, "Gas/Automotive"),
        new(["STAPLES", "OFFICE DEPOT", "OFFICEMAX", "BEST BUY"], Office, 15m, 250m, 0.5, "Merchandise"),
    ]);
}
