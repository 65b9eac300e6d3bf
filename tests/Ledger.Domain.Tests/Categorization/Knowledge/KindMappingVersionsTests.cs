using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Tenants;

namespace Ledger.Domain.Tests.Categorization.Knowledge;

/// <summary>kb-2026.2's kinds on each template and on custom charts; kb-2026.1's mapping stays as it was.</summary>
public sealed class KindMappingVersionsTests
{
    private static readonly MerchantKnowledge First = MerchantKnowledge.OfVersion("kb-2026.1")!;
    private static string? Code(KindMap map, string kind) => map.For(kind)?.AccountCode;

    private static ChartAccount[] Chart(params string[] names) =>
        names.Select(n => new ChartAccount(n, n, n.Split(':')[0] switch
        {
            "Income" => AccountType.Income, "Liabilities" => AccountType.Liability, "Assets" => AccountType.Asset,
            "Equity" => AccountType.Equity, _ => AccountType.Expense,
        })).ToArray();

    [Fact]
    public void The_new_kinds_land_on_each_templates_own_accounts()
    {
        var starter = KindMapping.For("starter", TenantTemplates.Starter.Chart);
        Assert.Equal(("6500", "6500", "6500", "6500"), (Code(starter, "electric"), Code(starter, "gas_utility"), Code(starter, "water_sewer"), Code(starter, "waste")));
        Assert.Equal("6100", Code(starter, "bank_fees"));
        Assert.Null(starter.For("airfare"));   // still no travel account in the starter chart

        var pro = KindMapping.For("pro", TenantTemplates.Pro.Chart);
        Assert.Equal(("6300", "6300", "6300", "6300"), (Code(pro, "airfare"), Code(pro, "lodging"), Code(pro, "rideshare"), Code(pro, "travel")));

        var firm = KindMapping.For("firm", TenantTemplates.Firm.Chart);
        Assert.Equal(("6000", "6000"), (Code(firm, "electric"), Code(firm, "water_sewer")));
        Assert.All(new[] { starter, pro, firm }.SelectMany(m => m.Accounts), a => Assert.StartsWith("template ", a.Basis));
    }

    [Fact]
    public void A_gnucash_style_household_chart_is_mapped_by_its_leaf_names()
    {
        var chart = Chart("Expenses:Auto:Fuel", "Expenses:Auto:Repair", "Expenses:Insurance:Auto", "Expenses:Groceries", "Expenses:Dining",
            "Expenses:Dining:Coffee", "Expenses:Utilities:Electric", "Expenses:Utilities:Gas", "Expenses:Utilities:Water",
            "Expenses:Utilities:Internet", "Expenses:Utilities:Phone", "Expenses:Medical", "Expenses:Clothing", "Expenses:Pets",
            "Expenses:Home:Repair", "Expenses:Bank Fees", "Income:Salary", "Income:Interest", "Liabilities:Mortgage",
            "Liabilities:Credit Card", "Assets:Cash", "Assets:Savings");
        var map = KindMapping.For(null, chart);
        Assert.Equal("Expenses:Auto:Fuel", Code(map, "fuel"));
        Assert.Equal("Expenses:Auto:Repair", Code(map, "auto"));
        Assert.Equal("Expenses:Home:Repair", Code(map, "repairs_materials"));   // never Auto:Repair for a hardware store
        Assert.Equal("Expenses:Groceries", Code(map, "groceries"));
        Assert.Equal("Expenses:Dining", Code(map, "meals"));
        Assert.Equal("Expenses:Dining:Coffee", Code(map, "coffee"));
        Assert.Equal("Expenses:Utilities:Electric", Code(map, "electric"));
        Assert.Equal("Expenses:Utilities:Gas", Code(map, "gas_utility"));
        Assert.Equal("Expenses:Utilities:Water", Code(map, "water_sewer"));
        Assert.Equal("Expenses:Utilities:Internet", Code(map, "internet"));
        Assert.Equal("Expenses:Utilities:Phone", Code(map, "phone"));
        Assert.Equal("Expenses:Medical", Code(map, "medical"));
        Assert.Equal("Expenses:Pets", Code(map, "pets"));
        Assert.Equal("Liabilities:Mortgage", Code(map, "loan_payment"));
        Assert.Equal("Liabilities:Credit Card", Code(map, "card_payment"));
        Assert.Equal("Assets:Cash", Code(map, "cash_withdrawal"));
        Assert.Equal("Income:Interest", Code(map, "interest_income"));
        Assert.Null(map.For("utilities"));   // electric, gas or water: three equally good accounts, no guess

        // kb-2026.1 leaves most of these unmapped or maps them differently: its mapping is kept as it was.
        var before = KindMapping.For(First, null, chart);
        Assert.Null(before.For("electric"));
        Assert.Null(before.For("repairs_materials"));   // Auto:Repair and Home:Repair were equally good to it
    }

    [Fact]
    public void Fuel_finds_the_cars_gas_account_not_the_gas_utility()
    {
        var map = KindMapping.For(null, Chart("Expenses:Auto:Gas", "Expenses:Utilities:Gas", "Expenses:Utilities"));
        Assert.Equal("Expenses:Auto:Gas", Code(map, "fuel"));
        Assert.Equal("Expenses:Utilities:Gas", Code(map, "gas_utility"));
        Assert.Equal("Expenses:Utilities", Code(map, "electric"));   // the parent, at the fallback word's lower confidence
        Assert.Equal(0.9, map.For("electric")!.Confidence);
    }

    [Fact]
    public void Taxes_are_found_by_tax_and_estimated_income_tax_by_its_own_words()
    {
        var chart = Chart("Taxes & Licenses", "Equity:Owner Draw:Estimated Taxes", "Payroll Taxes", "Expenses:Payroll Service Fees");
        var map = KindMapping.For(null, chart);
        Assert.Equal(("Taxes & Licenses", 1.0), (Code(map, "taxes"), map.For("taxes")!.Confidence));
        Assert.Equal("Equity:Owner Draw:Estimated Taxes", Code(map, "income_tax"));
        Assert.Equal("Payroll Taxes", Code(map, "payroll_taxes"));
        Assert.Equal("Expenses:Payroll Service Fees", Code(map, "payroll_fees"));
        // kb-2026.1 stemmed "Taxes" to "taxe" and found the account only by its fallback words, as it still does.
        Assert.Equal(("name contains 'taxes license'", 0.9), (KindMapping.For(First, null, chart).For("taxes")!.Basis, KindMapping.For(First, null, chart).For("taxes")!.Confidence));
    }
}
