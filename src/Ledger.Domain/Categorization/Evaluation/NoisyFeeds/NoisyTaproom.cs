namespace Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

/// <summary>A brewery taproom: Toast deposits, malt and hops, kegs and CO2, kitchen food, excise tax, music licences.</summary>
internal static class NoisyTaproom
{
    const string Sales = "Taproom Sales", Distribution = "Wholesale Sales", Ingredients = "COGS:Brewing Ingredients", Food = "COGS:Food",
        Packaging = "COGS:Packaging", Co2 = "Brewery Supplies", Wages = "Salaries & Wages", PayrollTax = "Payroll Tax Expense",
        Rent = "Rent", Utilities = "Utilities", Waste = "Waste Removal", Repairs = "Repairs & Maintenance", Equipment = "Brewing Equipment",
        Excise = "Excise Taxes", Licenses = "Licenses & Fees", Music = "Entertainment & Music", Software = "Software", Ads = "Advertising",
        MerchantFees = "Credit Card Fees", Insurance = "Insurance", Loan = "Equipment Loan", BankFees = "Bank Fees", Office = "Office Supplies",
        Card = "Amex Business", Checking = "Operating Account";

    public static readonly NoisyTenant Tenant = new("ridgeline-taproom", "CHK-9902", "AMEX-1005", 2,
    [
        new(["TOAST INC", "TOAST DEPOSIT", "TOAST PAYMENTS"], Sales, 400m, 3800m, 22, Rail.Deposit) { MoneyIn = true },
        new(["TOAST INC"], MerchantFees, 300m, 900m, 1, Rail.Ach) { Day = 2, AchWhat = "FEES" },
        new(["BREAKTHRU BEVERAGE", "SOUTHERN GLAZERS"], Distribution, 600m, 4000m, 1.5, Rail.Ach) { MoneyIn = true, AchWhat = "VENDOR PAY", FirstMonth = 5 },
        new(["BSG CRAFTBREWING", "BSG HANDCRAFT", "BREWERS SUPPLY GROUP"], Ingredients, 300m, 3000m, 2, Rail.Ach) { AchWhat = "INVOICE" },
        new(["COUNTRY MALT GROUP", "COUNTRY MALT"], Ingredients, 400m, 2500m, 1.5, Rail.Ach) { AchWhat = "INVOICE" },
        new(["YAKIMA CHIEF HOPS", "YCH HOPS"], Ingredients, 200m, 2200m, 1) { Category = "Merchandise" },
        new(["SYSCO", "SYSCO SACRAMENTO"], Food, 250m, 1400m, 3, Rail.Ach) { AchWhat = "PAYMENT" },
        new(["RESTAURANT DEPOT", "RESTAURANT DEPOT WEB"], Food, 40m, 700m, 2) { MixRate = 0.15, MixAccount = Co2, Category = "Merchandise" },
        new(["COSTCO WHSE", "COSTCO WHOLESALE"], Food, 30m, 600m, 2) { ByAmount = m => m < 100m ? Office : Food, Category = "Merchandise" },
        new(["AIRGAS", "AIRGAS USA LLC"], Co2, 90m, 420m, 2, Rail.Ach) { AchWhat = "AUTOPAY" },
        new(["GW KENT", "MORE BEER", "MOREBEER.COM"], Co2, 30m, 2500m, 1) { ByAmount = m => m < 500m ? Co2 : Equipment, Category = "Merchandise" },
        new(["ULINE", "ULINE SHIP SUPPLIES"], Packaging, 80m, 900m, 1) { Category = "Merchandise" },
        new(["BLUE LABEL PACKAGING", "BLUE LABEL PKG"], Packaging, 300m, 1800m, 0.5, Rail.Check),
        new(["PAYCHEX", "PAYCHEX INC"], Wages, 9000m, 15000m, 1, Rail.Ach) { Day = 10, AchWhat = "PAYROLL" },
        new(["PAYCHEX", "PAYCHEX INC"], Wages, 9000m, 15000m, 1, Rail.Ach) { Day = 25, AchWhat = "PAYROLL" },
        new(["PAYCHEX", "PAYCHEX TPS"], PayrollTax, 2400m, 4100m, 1, Rail.Ach) { Day = 11, AchWhat = "TAXES" },
        new(["GRANITE BAY HOLDINGS"], Rent, 6200m, 6200m, 1, Rail.Check) { Day = 1 },
        new(["PG&E", "PGANDE WEB ONLINE"], Utilities, 700m, 1900m, 1, Rail.Ach) { Day = 14, AchWhat = "WEB ONLINE" },
        new(["CITY OF SACRAMENTO UTIL", "CITY OF SAC UTILITIES"], Utilities, 300m, 1100m, 1, Rail.Ach) { Day = 21, AchWhat = "UTILITY" },
        new(["REPUBLIC SERVICES", "REPUBLIC SVCS"], Waste, 240m, 310m, 1, Rail.Ach) { Day = 6, AchWhat = "AUTOPAY" },
        new(["GRAINGER", "W W GRAINGER"], Repairs, 20m, 1800m, 1) { ByAmount = m => m < 600m ? Repairs : Equipment, Category = "Merchandise" },
        new(["THE HOME DEPOT", "HOME DEPOT"], Repairs, 8m, 600m, 1.2) { RefundRate = 0.04, Category = "Home Improvement" },
        new(["PAY.GOV TTB", "TTB PAY GOV", "US TREASURY TTB"], Excise, 300m, 1500m, 0.34, Rail.Ach) { AchWhat = "EXCISE TAX" },
        new(["CA DEPT TAX FEE", "CDTFA"], Excise, 500m, 2200m, 0.34, Rail.Ach) { AchWhat = "TAX PAYMENT" },
        new(["ABC LICENSE FEE", "CA ALCOHOLIC BEV CONTROL"], Licenses, 300m, 900m, 0.1, Rail.Check),
        new(["BMI", "BMI GENERAL LICENSING", "ASCAP"], Music, 200m, 600m, 0.25) { Category = "Entertainment" },
        new(["SPOTIFY", "SPOTIFY USA", "SOUNDTRACK YOUR BRAND"], Music, 12m, 40m, 1) { Day = 9, Category = "Entertainment" },
        new(["UNTAPPD", "UNTAPPD FOR BUSINESS"], Software, 75m, 75m, 1) { Day = 7, Category = "Internet" },
        new(["EKOS", "EKOS BREWMASTER"], Software, 250m, 250m, 1) { Day = 13, Category = "Internet" },
        new(["INSTAGRAM ADS", "FACEBK", "META PLATFORMS"], Ads, 40m, 400m, 1.5) { Category = "Internet" },
        new(["EMPLOYERS MUTUAL", "EMPLOYERS HOLDINGS"], Insurance, 460m, 460m, 1, Rail.Ach) { Day = 8, AchWhat = "INS PREM" },
        new(["BANK OF THE WEST LOAN", "BOTW LOAN PMT"], Loan, 2150m, 2150m, 1, Rail.Ach) { Day = 15, AchWhat = "LOAN PMT" },
        new(["ANALYSIS SERVICE CHARGE", "ACCOUNT ANALYSIS FEE"], BankFees, 30m, 80m, 1, Rail.Plain) { Day = 28 },
        new(["AMEX EPAYMENT", "AMERICAN EXPRESS ACH PMT"], Card, 2000m, 7000m, 1, Rail.Ach) { Day = 20, AchWhat = "ER AM" },
    ],
    [
        new(["AMAZON MKTPL", "AMZN MKTP US", "STAPLES", "OFFICE DEPOT", "TARGET"], Office, 10m, 150m, 1.2, "Merchandise"),
        new(["HOP CITY SUPPLY", "NORCAL BREWING SOLUTIONS", "PRO BREWER SUPPLY", "KEG LOGISTICS", "GLACIER TANKS"], Co2, 40m, 900m, 0.7, "Merchandise"),
    ]);
}
