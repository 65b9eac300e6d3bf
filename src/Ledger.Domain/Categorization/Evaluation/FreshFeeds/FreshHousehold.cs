using Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

namespace Ledger.Domain.Categorization.Evaluation.FreshFeeds;

/// <summary>A household kept in a gnucash-style chart ("Expenses:Auto:Fuel"): salary, mortgage, many shops seen once.</summary>
internal static class FreshHousehold
{
    const string Salary = "Income:Salary", Interest = "Income:Interest", Groceries = "Expenses:Groceries", Dining = "Expenses:Dining",
        Coffee = "Expenses:Dining:Coffee", Fuel = "Expenses:Auto:Fuel", AutoRepair = "Expenses:Auto:Repair", AutoIns = "Expenses:Insurance:Auto",
        Electric = "Expenses:Utilities:Electric", Gas = "Expenses:Utilities:Gas", Water = "Expenses:Utilities:Water",
        Internet = "Expenses:Utilities:Internet", Phone = "Expenses:Utilities:Phone", Mortgage = "Liabilities:Mortgage",
        Medical = "Expenses:Medical", Clothing = "Expenses:Clothing", Entertainment = "Expenses:Entertainment", Home = "Expenses:Home:Repair",
        Charity = "Expenses:Gifts:Charity", Pets = "Expenses:Pets", Travel = "Expenses:Travel", Fees = "Expenses:Bank Fees",
        Card = "Liabilities:Credit Card", Savings = "Assets:Savings", Cash = "Assets:Cash";

    public static readonly NoisyTenant Tenant = new("okafor-household", "CHK-1045", "CC-6650", 1,
    [
        new(["ACME CORP PAYROLL", "ACME CORP"], Salary, 3100m, 3400m, 1, Rail.Ach) { Day = 1, MoneyIn = true, AchWhat = "PAYROLL" },
        new(["ACME CORP PAYROLL", "ACME CORP"], Salary, 3100m, 3400m, 1, Rail.Ach) { Day = 15, MoneyIn = true, AchWhat = "PAYROLL" },
        new(["ROCKET MORTGAGE", "ROCKET MORTGAGE LLC"], Mortgage, 1890m, 1890m, 1, Rail.Ach) { Day = 3, AchWhat = "MTG PYMT" },
        new(["DUKE ENERGY", "DUKE-ENERGY PROGRESS"], Electric, 70m, 240m, 1, Rail.Ach) { Day = 12, AchWhat = "BILL PAY" },
        new(["PIEDMONT NATURAL GAS", "PIEDMONT NG"], Gas, 25m, 160m, 1, Rail.Ach) { Day = 14, AchWhat = "BILL PAY" },
        new(["CITY OF RALEIGH UTILITIES", "RALEIGH WATER"], Water, 45m, 95m, 1, Rail.Ach) { Day = 20, AchWhat = "UTILITY" },
        new(["SPECTRUM", "CHARTER COMMUNICATIONS"], Internet, 74.99m, 74.99m, 1) { Day = 7, Category = "Bills & Utilities" },
        new(["MINT MOBILE", "MINT MOBILE LLC"], Phone, 30m, 30m, 1) { Day = 4, Category = "Bills & Utilities" },
        new(["GEICO", "GEICO AUTO"], AutoIns, 132m, 132m, 1, Rail.Ach) { Day = 9, AchWhat = "INS PREM" },
        new(["HARRIS TEETER", "FOOD LION", "LIDL"], Groceries, 20m, 220m, 6) { Category = "Groceries" },
        new(["STARBUCKS", "BENELUX COFFEE"], Coffee, 4m, 18m, 4) { Category = "Food & Drink" },
        new(["NETFLIX.COM", "NETFLIX"], Entertainment, 15.49m, 15.49m, 1) { Day = 18, Category = "Entertainment" },
        new(["PETSMART", "CHEWY.COM"], Pets, 15m, 120m, 1) { Category = "Shopping" },
        new(["ATM WITHDRAWAL", "NON-BANK ATM WITHDRAWAL"], Cash, 40m, 200m, 1.5, Rail.Plain),
        new(["ONLINE TRANSFER TO SAVINGS"], Savings, 200m, 600m, 1, Rail.Plain) { Day = 16 },
        new(["INTEREST PAID"], Interest, 0.1m, 1.5m, 1, Rail.Plain) { Day = 30, MoneyIn = true },
        new(["CAPITAL ONE MOBILE PMT", "CAPITAL ONE ONLINE PMT"], Card, 300m, 2200m, 1, Rail.Plain) { Day = 25 },
    ],
    [
        new(["WEGMANS", "WHOLE FOODS MKT", "TRADER JOE S", "ALDI", "PUBLIX", "SPROUTS FARMERS MKT", "COSTCO WHSE", "WEAVER STREET MARKET"], Groceries, 12m, 180m, 3, "Groceries"),
        new(["BOJANGLES", "COOK OUT", "CHICK-FIL-A", "WAFFLE HOUSE", "CAVA", "MELLOW MUSHROOM", "BIDA MANDA", "POOLES DINER", "SMITHFIELDS CHICKEN", "TAZIKIS"], Dining, 8m, 120m, 4, "Food & Drink"),
        new(["SHEETZ", "BP", "EXXONMOBIL", "SUNOCO", "QUIKTRIP", "MURPHY USA", "WAWA"], Fuel, 25m, 70m, 3, "Gas"),
        new(["CVS/PHARMACY", "WALGREENS", "DUKE HEALTH", "WAKEMED", "LABCORP"], Medical, 10m, 300m, 1.2, "Health & Wellness"),
        new(["OLD NAVY", "KOHLS", "TJ MAXX", "NORDSTROM RACK", "ROSS STORES", "TARGET"], Clothing, 15m, 160m, 1.2, "Shopping"),
        new(["LOWES", "THE HOME DEPOT", "ACE HARDWARE"], Home, 10m, 400m, 1, "Home"),
        new(["FIRESTONE", "VALVOLINE", "TAKE 5 OIL CHANGE", "MAVIS TIRES"], AutoRepair, 40m, 600m, 0.4, "Automotive"),
        new(["AMC THEATRES", "SPOTIFY", "TICKETMASTER", "TOPGOLF"], Entertainment, 10m, 150m, 0.8, "Entertainment"),
        new(["RED CROSS", "FOOD BANK CENC", "WUNC PUBLIC RADIO"], Charity, 20m, 150m, 0.3, "Gifts & Donations"),
        new(["MARRIOTT", "AMERICAN AIRLINES", "AIRBNB"], Travel, 120m, 800m, 0.3, "Travel"),
    ]);
}
