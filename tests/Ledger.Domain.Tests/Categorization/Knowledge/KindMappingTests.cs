using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Tenants;

namespace Ledger.Domain.Tests.Categorization.Knowledge;

/// <summary>Every chart template maps the knowledge base's kinds to its own accounts; a custom chart is mapped by name and type.</summary>
public sealed class KindMappingTests
{
    private static string? Code(KindMap map, string kind) => map.For(kind)?.AccountCode;

    [Fact]
    public void The_starter_template_maps_kinds_to_its_chart_and_leaves_kinds_it_has_no_account_for()
    {
        var map = KindMapping.For("starter", TenantTemplates.Starter.Chart);
        Assert.Equal("6100", Code(map, "bank_fees"));
        Assert.Equal("6200", Code(map, "meals"));
        Assert.Equal("6300", Code(map, "office_supplies"));
        Assert.Equal("6500", Code(map, "utilities"));
        Assert.Equal("6500", Code(map, "phone"));
        Assert.Equal("4000", Code(map, "sales_revenue"));
        Assert.Equal("2100", Code(map, "card_payment"));
        Assert.Null(map.For("travel"));             // no travel account in the starter chart
        Assert.Null(map.For("software"));
        Assert.All(map.Accounts, a => Assert.Equal("template starter", a.Basis));
    }

    [Fact]
    public void The_pro_and_firm_templates_map_to_their_own_codes()
    {
        var pro = KindMapping.For("pro", TenantTemplates.Pro.Chart);
        Assert.Equal("6200", Code(pro, "software"));
        Assert.Equal("6300", Code(pro, "travel"));
        Assert.Equal("6400", Code(pro, "meals"));
        Assert.Equal("6000", Code(pro, "payroll"));
        Assert.Null(pro.For("office_supplies")); // "Office Rent" is not office supplies

        var firm = KindMapping.For("firm", TenantTemplates.Firm.Chart);
        Assert.Equal("5000", Code(firm, "payroll"));
        Assert.Equal("2300", Code(firm, "payroll_taxes"));
        Assert.Equal("6000", Code(firm, "rent"));
        Assert.Equal("6100", Code(firm, "software"));
        Assert.Equal("6200", Code(firm, "education"));
        Assert.Null(firm.For("meals"));
    }

    [Fact]
    public void Every_template_maps_only_to_accounts_of_its_chart_with_a_type_the_kind_allows()
    {
        foreach (var template in TenantTemplates.All)
        {
            var map = KindMapping.For(template.Name, template.Chart);
            Assert.NotEmpty(map.Accounts);
            foreach (var a in map.Accounts)
            {
                var account = Assert.Single(template.Chart, c => c.Code == a.AccountCode);
                Assert.Contains(account.Type, MerchantKnowledge.Shipped.Kinds[a.Kind].Types);
            }
        }
    }

    [Fact]
    public void An_account_an_admin_adds_to_a_template_chart_is_found_by_name()
    {
        var chart = TenantTemplates.Starter.Chart.Append(new ChartAccount("6600", "Travel & Lodging", AccountType.Expense)).ToList();
        var travel = KindMapping.For("starter", chart).For("travel");
        Assert.Equal(("6600", "name contains 'travel'"), (travel?.AccountCode, travel?.Basis));
    }

    [Fact]
    public void A_custom_chart_is_mapped_by_name_and_type_and_two_equally_good_accounts_map_nothing()
    {
        ChartAccount[] chart =
        [
            new("Expenses:Financial:Fees", "Expenses:Financial:Fees", AccountType.Expense),
            new("Expenses:Food:Restaurant", "Expenses:Food:Restaurant", AccountType.Expense),
            new("Expenses:Food:Coffee", "Expenses:Food:Coffee", AccountType.Expense),
            new("Expenses:Home:Phone", "Expenses:Home:Phone", AccountType.Expense),
            new("Expenses:Home:Internet", "Expenses:Home:Internet", AccountType.Expense),
            new("Income:US:Hoogle:Salary", "Income:US:Hoogle:Salary", AccountType.Income),
            new("Professional Fees", "Professional Fees", AccountType.Income),   // income: never an expense kind
            new("COGS:Ingredients", "Cost of Goods Sold:Ingredients", AccountType.Expense),
            new("COGS:Packaging", "Cost of Goods Sold:Packaging", AccountType.Expense),
        ];
        var map = KindMapping.For(null, chart);
        Assert.Equal("Expenses:Financial:Fees", Code(map, "bank_fees"));
        Assert.Equal("Expenses:Food:Restaurant", Code(map, "meals"));
        Assert.Equal("Expenses:Food:Coffee", Code(map, "coffee"));
        Assert.Equal("Expenses:Home:Phone", Code(map, "phone"));
        Assert.Equal("Expenses:Home:Internet", Code(map, "internet"));
        Assert.Equal("Income:US:Hoogle:Salary", Code(map, "salary_income"));
        Assert.Null(map.For("professional_fees"));
        Assert.Null(map.For("cost_of_goods"));   // ingredients or packaging: the admin decides
        Assert.StartsWith("k-", map.Version);
    }
}
