using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization.Evaluation;
using Ledger.Domain.Categorization.Knowledge;

namespace Ledger.Domain.Tests.Categorization.Knowledge;

/// <summary>
/// kb-2026.3 on household charts as personal-finance programs name their categories (Microsoft Money as GnuCash imports it,
/// Mint/Quicken, ledger/hledger), and the household merchants it added. kb-2026.2 is kept as it was.
/// </summary>
public sealed class HouseholdChartTests
{
    private static readonly MerchantKnowledge Second = MerchantKnowledge.OfVersion("kb-2026.2")!;
    private static string? Code(KindMap map, string kind) => map.For(kind)?.AccountCode;

    private static ChartAccount[] Chart(AccountType otherwise, params string[] names) =>
        names.Select(n => new ChartAccount(n, n, KnowledgeText.Words(n).FirstOrDefault() switch
        {
            "income" => AccountType.Income, "liabilities" => AccountType.Liability, "assets" => AccountType.Asset,
            "equity" => AccountType.Equity, "expenses" => AccountType.Expense, _ => otherwise,
        })).ToArray();

    private static readonly ChartAccount[] MsMoney = Chart(AccountType.Expense,
        "Expenses:Automobile:Gasoline", "Expenses:Automobile:Maintenance", "Expenses:Insurance:Automobile",
        "Expenses:Insurance:Homeowner's/Renter's", "Expenses:Insurance:Health", "Expenses:Bills:Electricity",
        "Expenses:Bills:Natural Gas/Oil", "Expenses:Bills:Telephone", "Expenses:Bills:Water", "Expenses:Bills:Garbage & Recycling",
        "Expenses:Bills:Online/Internet Service", "Expenses:Bills:Mortgage", "Expenses:Food:Groceries", "Expenses:Food:Dining Out",
        "Expenses:Healthcare:Physician", "Expenses:Healthcare:Prescriptions", "Expenses:Healthcare:Dental",
        "Expenses:Household:Furnishings", "Expenses:Household:Home Repair", "Expenses:Leisure:Movies & Video Rentals",
        "Expenses:Clothing", "Expenses:Bank Charges:Service Charge", "Expenses:Charitable Donations", "Expenses:Childcare",
        "Income:Wages & Salary:Net Pay", "Income:Investment Income:Interest", "Assets:Checking", "Assets:Savings");

    [Fact]
    public void A_microsoft_money_chart_as_gnucash_imports_it_maps_its_household_categories()
    {
        var map = KindMapping.For(null, MsMoney);
        Assert.Equal("Expenses:Automobile:Gasoline", Code(map, "fuel"));
        Assert.Equal("Expenses:Automobile:Maintenance", Code(map, "auto"));   // never the car's gas or insurance
        Assert.Equal("Expenses:Insurance:Automobile", Code(map, "auto_insurance"));
        Assert.Equal("Expenses:Insurance:Homeowner's/Renter's", Code(map, "home_insurance"));
        Assert.Equal("Expenses:Insurance:Health", Code(map, "health_insurance"));
        Assert.Null(map.For("insurance"));   // three insurance accounts: a generic insurer is not guessed
        Assert.Equal("Expenses:Bills:Electricity", Code(map, "electric"));
        Assert.Equal("Expenses:Bills:Natural Gas/Oil", Code(map, "gas_utility"));
        Assert.Equal("Expenses:Bills:Telephone", Code(map, "phone"));
        Assert.Equal("Expenses:Bills:Water", Code(map, "water_sewer"));
        Assert.Equal("Expenses:Bills:Garbage & Recycling", Code(map, "waste"));
        Assert.Equal("Expenses:Bills:Online/Internet Service", Code(map, "internet"));
        Assert.Equal("Expenses:Bills:Mortgage", Code(map, "mortgage"));
        Assert.Equal("Expenses:Food:Groceries", Code(map, "groceries"));
        Assert.Equal("Expenses:Food:Dining Out", Code(map, "meals"));
        Assert.Equal("Expenses:Healthcare:Physician", Code(map, "medical"));
        Assert.Equal("Expenses:Healthcare:Prescriptions", Code(map, "pharmacy"));
        Assert.Equal("Expenses:Healthcare:Dental", Code(map, "dental"));
        Assert.Equal("Expenses:Household:Furnishings", Code(map, "household"));
        Assert.Equal("Expenses:Household:Home Repair", Code(map, "repairs_materials"));
        Assert.Equal("Expenses:Leisure:Movies & Video Rentals", Code(map, "entertainment"));
        Assert.Equal("Expenses:Clothing", Code(map, "clothing"));
        Assert.Equal("Expenses:Bank Charges:Service Charge", Code(map, "bank_fees"));
        Assert.Equal("Expenses:Charitable Donations", Code(map, "charity"));
        Assert.Equal("Expenses:Childcare", Code(map, "childcare"));
        Assert.Equal("Income:Wages & Salary:Net Pay", Code(map, "salary_income"));
        Assert.Equal("Income:Investment Income:Interest", Code(map, "interest_income"));
        Assert.Equal("Assets:Savings", Code(map, "owner_transfer"));
    }

    [Fact]
    public void The_previous_version_left_most_of_that_chart_unmapped_and_still_does()
    {
        var before = KindMapping.For(Second, null, MsMoney);
        Assert.Equal("Expenses:Insurance:Health", Code(before, "medical"));   // "Healthcare" was not a medical word; "Health" was
        Assert.Null(before.For("insurance"));
        Assert.Null(before.For("entertainment")); // nor "Leisure"
        Assert.Null(before.For("auto"));          // Gasoline, Maintenance and Insurance:Automobile tied
        Assert.Equal("Expenses:Food:Groceries", Code(before, "groceries"));
    }

    [Fact]
    public void A_mint_or_quicken_category_list_maps_by_category_names()
    {
        var map = KindMapping.For(null, Chart(AccountType.Expense,
            "Auto & Transport:Gas & Fuel", "Auto & Transport:Service & Parts", "Auto & Transport:Auto Insurance",
            "Auto & Transport:Auto Payment", "Auto & Transport:Parking", "Food & Dining:Groceries", "Food & Dining:Restaurants",
            "Food & Dining:Coffee Shops", "Bills & Utilities:Mobile Phone", "Bills & Utilities:Internet", "Bills & Utilities:Utilities",
            "Health & Fitness:Doctor", "Health & Fitness:Pharmacy", "Health & Fitness:Gym", "Shopping:Clothing",
            "Travel:Air Travel", "Travel:Hotel", "Home:Mortgage & Rent", "Home:Home Improvement", "Home:Furnishings",
            "Kids:Babysitter & Daycare", "Fees & Charges:Bank Fee")
            .Append(new ChartAccount("Income:Paycheck", "Income:Paycheck", AccountType.Income)).ToArray());
        Assert.Equal("Auto & Transport:Gas & Fuel", Code(map, "fuel"));
        Assert.Equal("Auto & Transport:Service & Parts", Code(map, "auto"));
        Assert.Equal("Auto & Transport:Auto Insurance", Code(map, "auto_insurance"));
        Assert.Equal("Auto & Transport:Parking", Code(map, "parking_tolls"));
        Assert.Equal("Food & Dining:Groceries", Code(map, "groceries"));
        Assert.Equal("Food & Dining:Restaurants", Code(map, "meals"));
        Assert.Equal("Food & Dining:Coffee Shops", Code(map, "coffee"));
        Assert.Equal("Bills & Utilities:Mobile Phone", Code(map, "phone"));
        Assert.Equal("Bills & Utilities:Internet", Code(map, "internet"));
        Assert.Equal("Bills & Utilities:Utilities", Code(map, "electric"));
        Assert.Equal("Health & Fitness:Doctor", Code(map, "medical"));
        Assert.Equal("Health & Fitness:Pharmacy", Code(map, "pharmacy"));
        Assert.Equal("Health & Fitness:Gym", Code(map, "fitness"));
        Assert.Equal("Shopping:Clothing", Code(map, "clothing"));
        Assert.Equal("Travel:Air Travel", Code(map, "airfare"));
        Assert.Equal("Travel:Hotel", Code(map, "lodging"));
        Assert.Equal(("Home:Mortgage & Rent", "Home:Mortgage & Rent"), (Code(map, "mortgage"), Code(map, "rent")));
        Assert.Equal("Home:Home Improvement", Code(map, "repairs_materials"));
        Assert.Equal("Home:Furnishings", Code(map, "household"));
        Assert.Equal("Kids:Babysitter & Daycare", Code(map, "childcare"));
        Assert.Equal("Fees & Charges:Bank Fee", Code(map, "bank_fees"));
        Assert.Equal("Income:Paycheck", Code(map, "salary_income"));
    }

    [Fact]
    public void A_ledger_journal_in_lower_case_maps_like_gnucash_and_home_bills_are_not_household_goods()
    {
        var map = KindMapping.For(null, Chart(AccountType.Expense,
            "expenses:auto:gas", "expenses:utilities:gas", "expenses:insurance:auto", "expenses:insurance:life",
            "expenses:medical:dental", "expenses:medical", "expenses:home:rent", "expenses:home:electricity", "expenses:home:phone",
            "income:salary", "income:dividends", "liabilities:mortgage", "assets:checking"));
        Assert.Equal("expenses:auto:gas", Code(map, "fuel"));
        Assert.Equal("expenses:utilities:gas", Code(map, "gas_utility"));
        Assert.Equal("expenses:insurance:auto", Code(map, "auto_insurance"));
        Assert.Equal("expenses:insurance:life", Code(map, "life_insurance"));
        Assert.Equal("expenses:medical:dental", Code(map, "dental"));
        Assert.Equal("expenses:medical", Code(map, "medical"));
        Assert.Equal("expenses:home:rent", Code(map, "rent"));
        Assert.Equal("expenses:home:electricity", Code(map, "electric"));
        Assert.Equal("income:salary", Code(map, "salary_income"));
        Assert.Equal("income:dividends", Code(map, "dividend_income"));
        Assert.Equal("liabilities:mortgage", Code(map, "mortgage"));
        Assert.Null(map.For("household"));   // rent, electricity and phone are bills of the home, not its goods
    }

    [Fact]
    public void A_business_chart_with_one_insurance_account_gets_every_insurer_there()
    {
        var map = KindMapping.For(null, Chart(AccountType.Expense, "Insurance", "Loan Payable", "Meals"));
        foreach (var kind in new[] { "insurance", "auto_insurance", "home_insurance", "health_insurance", "life_insurance" })
            Assert.Equal("Insurance", Code(map, kind));
        Assert.Equal("Meals", Code(map, "meals"));
        Assert.Equal(1.0, map.For("meals")!.Confidence);   // new name words were appended: a first name word stays sure
    }

    [Theory]
    [InlineData("IKEA BROOKLYN 0423", -240.00, "household")]
    [InlineData("KINDERCARE #1234 DES MOINES IA", -310.00, "childcare")]
    [InlineData("PLANET FITNESS CLUB FEES", -10.00, "fitness")]
    [InlineData("ASPEN DENTAL 1182", -95.00, "dental")]
    [InlineData("BLUE CROSS BLUE SHIELD PREMIUM", -412.00, "health_insurance")]
    [InlineData("METLIFE PREM", -38.00, "life_insurance")]
    [InlineData("LEMONADE INSURANCE", -21.00, "home_insurance")]
    [InlineData("WELLS FARGO HOME MTG AUTO PAY", -1890.00, "mortgage")]
    [InlineData("DIVIDEND RECEIVED VTSAX", 42.10, "dividend_income")]
    [InlineData("WOOLWORTHS 1234 SYDNEY", -67.00, "groceries")]
    [InlineData("WALGREENS #4411", -12.49, "pharmacy")]
    public void The_shipped_version_knows_household_merchants(string line, double amount, string kind) =>
        Assert.Equal(kind, MerchantKnowledge.Shipped.Match(line, (decimal)amount)?.Entry.Kind);

    [Theory]
    [InlineData("BANK", AccountType.Asset)]
    [InlineData("CREDIT", AccountType.Liability)]
    [InlineData("Expenses", AccountType.Expense)]
    [InlineData("income", AccountType.Income)]
    [InlineData("Liabilities", AccountType.Liability)]
    [InlineData(" equity ", AccountType.Equity)]
    [InlineData("RECEIVABLE", AccountType.Asset)]
    [InlineData("Food", null)]
    public void A_chart_file_may_name_types_as_gnucash_or_beancount_do(string type, AccountType? expected) =>
        Assert.Equal(expected, FeedChart.ParseType(type));
}
