using Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

namespace Ledger.Domain.Categorization.Evaluation.FreshFeeds;

/// <summary>A wedding and portrait photographer: client deposits, gear, travel to venues, software, prints.</summary>
internal static class FreshPhotoStudio
{
    const string Sales = "Photography Income", Prints = "Prints & Albums", Gear = "Camera Equipment", Software = "Software Subscriptions",
        Travel = "Travel", Fuel = "Car & Truck:Fuel", Parking = "Car & Truck:Parking", Meals = "Meals", Ads = "Advertising",
        Phone = "Phone", Internet = "Internet", Insurance = "Business Insurance", BankFees = "Bank Charges", Fees = "Merchant Fees",
        Shipping = "Postage & Shipping", Office = "Office Supplies", Education = "Workshops & Education", Rent = "Studio Rent",
        Utilities = "Utilities", Card = "Amex Business Gold", Checking = "Operating Account", Interest = "Interest Income";

    public static readonly NoisyTenant Tenant = new("northlight-photo", "CHK-2290", "CC-4418", 2,
    [
        new(["HONEYBOOK", "HONEYBOOK INC"], Sales, 400m, 4200m, 3, Rail.Deposit) { MoneyIn = true },
        new(["STRIPE", "STRIPE PAYOUT"], Sales, 150m, 1800m, 2, Rail.Deposit) { MoneyIn = true },
        new(["MPIX", "MPIX.COM", "WHCC", "WHITE HOUSE CUSTOM COLOUR"], Prints, 20m, 600m, 2) { Category = "Merchandise" },
        new(["BH PHOTO", "B&H PHOTO 800-606-6969", "ADORAMA"], Gear, 40m, 3200m, 1) { Category = "Merchandise" },
        new(["ADOBE *CREATIVE CLOUD", "ADOBE INC"], Software, 54.99m, 54.99m, 1) { Day = 9, Category = "Internet" },
        new(["PIXIESET", "PIXIESET MEDIA"], Software, 28m, 28m, 1) { Day = 14, Category = "Internet" },
        new(["SHOWIT", "SHOWIT INC"], Software, 29m, 29m, 1) { Day = 21, Category = "Internet" },
        new(["DELTA AIR LINES", "DELTA AIR"], Travel, 180m, 780m, 0.4) { Category = "Airfare" },
        new(["HAMPTON INN", "HILTON GARDEN INN"], Travel, 120m, 420m, 0.4) { Category = "Lodging" },
        new(["SHELL OIL", "CHEVRON"], Fuel, 30m, 85m, 3) { Category = "Gas/Automotive" },
        new(["PARKMOBILE", "SP PLUS PARKING"], Parking, 4m, 40m, 1.5) { Category = "Travel" },
        new(["INSTAGRAM ADS", "FACEBK ADS"], Ads, 25m, 300m, 1.5) { Category = "Internet" },
        new(["THE KNOT", "WEDDINGWIRE"], Ads, 120m, 450m, 0.6) { Category = "Internet" },
        new(["T-MOBILE", "T MOBILE"], Phone, 85m, 85m, 1, Rail.Ach) { Day = 11, AchWhat = "PCS SVC" },
        new(["XFINITY", "COMCAST"], Internet, 79.99m, 79.99m, 1, Rail.Ach) { Day = 16, AchWhat = "CABLE" },
        new(["HILL & USHER", "HILL USHER INS"], Insurance, 48m, 48m, 1, Rail.Ach) { Day = 3, AchWhat = "INS PREM" },
        new(["STRIPE"], Fees, 8m, 90m, 1, Rail.Ach) { Day = 2, AchWhat = "FEES" },
        new(["USPS PO", "USPS.COM CLICKNSHIP"], Shipping, 8m, 65m, 1) { Category = "Merchandise" },
        new(["LANDLORD SCOTT PARK", "PARK LOFT STUDIOS"], Rent, 1100m, 1100m, 1, Rail.Zelle) { Day = 1 },
        new(["SEATTLE CITY LIGHT", "CITY LIGHT"], Utilities, 60m, 160m, 1, Rail.Ach) { Day = 24, AchWhat = "UTILITY" },
        new(["CREATIVELIVE", "SHOTKIT ACADEMY"], Education, 30m, 400m, 0.3) { Category = "Education" },
        new(["SERVICE CHARGE", "ACCOUNT ANALYSIS FEE"], BankFees, 15m, 15m, 1, Rail.Plain) { Day = 28 },
        new(["INTEREST EARNED"], Interest, 0.2m, 2m, 1, Rail.Plain) { Day = 30, MoneyIn = true },
        new(["AMERICAN EXPRESS ACH PMT", "AMEX EPAYMENT"], Card, 600m, 4000m, 1, Rail.Plain) { Day = 20 },
    ],
    [
        new(["PANERA BREAD", "NOODLES & COMPANY", "TACO TIME", "PAGLIACCI PIZZA", "MOD PIZZA", "RAMEN DANBO", "DICKS DRIVE-IN", "TOP POT DOUGHNUTS", "ZEEKS PIZZA", "PIROSHKY PIROSHKY", "MARINATION", "SUBWAY"], Meals, 8m, 120m, 3, "Dining"),
        new(["MARATHON PETRO", "ARCO", "76 - COSTCO GAS", "SINCLAIR", "VALERO", "CIRCLE K", "HOLIDAY STATIONSTORES", "PILOT"], Fuel, 25m, 80m, 1.2, "Gas/Automotive"),
        new(["OFFICE DEPOT", "STAPLES", "MICHAELS", "THE CONTAINER STORE"], Office, 6m, 140m, 0.8, "Merchandise"),
        new(["ALASKA AIR", "SOUTHWEST AIRLINES", "JETBLUE", "HYATT PLACE", "COURTYARD MARRIOTT", "ENTERPRISE RENT-A-CAR", "HERTZ"], Travel, 90m, 700m, 0.5, "Travel"),
    ]);
}
