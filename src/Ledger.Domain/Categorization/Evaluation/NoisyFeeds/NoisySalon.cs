namespace Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

/// <summary>A hair salon: card sales through Square, booth rent from stylists, retail product and back-bar supplies.</summary>
internal static class NoisySalon
{
    const string Sales = "Service Income", Retail = "Product Sales", BoothRent = "Booth Rent Income", Product = "Cost of Goods Sold",
        Supplies = "Salon Supplies", Wages = "Wages", PayrollTax = "Payroll Taxes", Rent = "Rent Expense", Utilities = "Utilities",
        Phone = "Phone & Internet", Software = "Software", Ads = "Marketing", Education = "Education & Training",
        Laundry = "Laundry & Cleaning", Repairs = "Repairs & Maintenance", MerchantFees = "Merchant Fees", BankFees = "Bank Fees",
        Insurance = "Insurance", Meals = "Meals & Entertainment", Office = "Office Supplies", Licenses = "Licenses & Permits",
        Card = "Chase Ink", Checking = "Chase Checking", Interest = "Interest Income";

    public static readonly NoisyTenant Tenant = new("copper-shears-salon", "CHK-3308", "CC-7741", 1,
    [
        new(["SQUARE INC", "SQ INC"], Sales, 300m, 3200m, 18, Rail.Deposit) { MoneyIn = true },
        new(["SHOPIFY", "SHOPIFY PAYMENTS"], Retail, 40m, 600m, 3, Rail.Deposit) { MoneyIn = true, FirstMonth = 3 },
        new(["KAYLA BRENNAN", "JORDAN MILLS", "PRIYA DESAI"], BoothRent, 250m, 250m, 3, Rail.Zelle) { MoneyIn = true },
        new(["SALONCENTRIC", "SALON CENTRIC", "SALONCENTRIC.COM"], Product, 60m, 1500m, 4) { ByAmount = m => m < 120m ? Supplies : Product, Category = "Merchandise" },
        new(["COSMOPROF", "COSMO PROF", "COSMOPROFBEAUTY.COM"], Supplies, 25m, 700m, 2.5) { MixRate = 0.3, MixAccount = Product, Category = "Merchandise" },
        new(["SALLY BEAUTY", "SALLY BEAUTY SUPPLY"], Supplies, 8m, 150m, 1.5) { Category = "Merchandise" },
        new(["TARGET", "TARGET.COM"], Supplies, 10m, 200m, 1.2) { MixRate = 0.2, MixAccount = Office, Category = "Merchandise" },
        new(["GUSTO", "GUSTO PAYROLL"], Wages, 4000m, 7000m, 1, Rail.Ach) { Day = 1, AchWhat = "NET" },
        new(["GUSTO", "GUSTO PAYROLL"], Wages, 4000m, 7000m, 1, Rail.Ach) { Day = 15, AchWhat = "NET" },
        new(["GUSTO"], PayrollTax, 900m, 1800m, 1, Rail.Ach) { Day = 2, AchWhat = "TAX" },
        new(["MAPLE COURT PLAZA LLC"], Rent, 3850m, 3850m, 1, Rail.Check) { Day = 1 },
        new(["PG&E", "PGANDE WEB ONLINE"], Utilities, 180m, 520m, 1, Rail.Ach) { Day = 17, AchWhat = "WEB ONLINE" },
        new(["SMUD", "SACRAMENTO MUNICIPAL"], Utilities, 140m, 380m, 1, Rail.Ach) { Day = 19, AchWhat = "UTIL PYMT" },
        new(["COMCAST BUSINESS", "COMCAST"], Phone, 129m, 129m, 1) { Day = 8, Category = "Phone/Cable" },
        new(["VAGARO", "VAGARO INC"], Software, 85m, 85m, 1) { Day = 5, Category = "Internet" },
        new(["SQUARE INC"], MerchantFees, 90m, 400m, 1, Rail.Ach) { Day = 3, AchWhat = "SQ FEE" },
        new(["FACEBK", "META ADS", "FACEBK ADS"], Ads, 30m, 250m, 2) { Category = "Internet" },
        new(["PAUL MITCHELL SCHOOLS", "BEHINDTHECHAIR.COM", "REDKEN ACADEMY"], Education, 50m, 600m, 0.4) { Category = "Education" },
        new(["CITY LINEN SERVICE", "CITY LINEN"], Laundry, 110m, 240m, 2, Rail.Ach) { AchWhat = "INV" },
        new(["ACE HARDWARE", "ACE HDWE"], Repairs, 6m, 140m, 0.8) { Category = "Home Improvement" },
        new(["PLUMB PRO SERVICES", "ROTO-ROOTER", "BELL AIR CONDITIONING"], Repairs, 120m, 900m, 0.3, Rail.Check),
        new(["HISCOX", "HISCOX INC"], Insurance, 74m, 74m, 1) { Day = 12, Category = "Insurance" },
        new(["MONTHLY MAINTENANCE FEE", "SERVICE FEE"], BankFees, 12m, 12m, 1, Rail.Plain) { Day = 29 },
        new(["INTEREST PAYMENT"], Interest, 0.3m, 3m, 1, Rail.Plain) { Day = 30, MoneyIn = true },
        new(["BARBERING AND COSMETOLOGY", "CA BOARD OF BARBERING"], Licenses, 50m, 140m, 0.3, Rail.Check),
        new(["STARBUCKS", "STARBUCKS STORE"], Meals, 5m, 60m, 2) { Category = "Dining" },
        new(["CHASE CREDIT CRD AUTOPAY", "CHASE CARD AUTOPAY"], Card, 800m, 3500m, 1, Rail.Plain) { Day = 22 },
    ],
    [
        new(["OLIVE GARDEN", "SWEETGREEN", "CAFE BERNARDO", "SUSHI KAITO", "THAI BASIL", "FIVE GUYS", "BLACK BEAR DINER", "CHICK-FIL-A", "NOODLES & CO", "DUTCH BROS"], Meals, 7m, 140m, 2, "Dining"),
        new(["MICHAELS STORES", "HOBBY LOBBY", "JOANN STORES", "DOLLAR TREE", "WALGREENS", "CVS/PHARMACY"], Supplies, 5m, 90m, 1.2, "Merchandise"),
    ]);
}
