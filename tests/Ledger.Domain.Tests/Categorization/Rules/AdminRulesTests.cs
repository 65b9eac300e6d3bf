using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Tenants;

namespace Ledger.Domain.Tests.Categorization.Rules;

public class AdminRulesTests
{
    static readonly Guid Id = new("00000000-0000-0000-0000-0000000000a1");

    static VendorRule Create(string? vendorKey = null, string? payee = "STAPLES 00123 SPRINGFIELD IL", string? account = "6300",
        decimal? min = null, decimal? max = null, string? direction = null, IReadOnlyList<VendorRule>? active = null) =>
        AdminRules.Create(new AdminRuleRequest(vendorKey, payee, account, min, max, direction), ChartPresets.StandardSmallBusiness, active ?? [], Id);

    static FieldRefusedException Refused(Action act) => Assert.Throws<FieldRefusedException>(act);

    [Fact]
    public void A_raw_payee_is_normalised_with_the_cascades_vendor_key()
    {
        var rule = Create();
        Assert.Equal(VendorKey.Normalize("STAPLES 00123 SPRINGFIELD IL"), rule.VendorKey);
        Assert.Equal((Id, "6300", RuleOrigin.Admin, 1), (rule.Id, rule.AccountCode, rule.Origin, rule.Version));
        Assert.Equal((null, null, null), (rule.MinAmount, rule.MaxAmount, rule.Direction));
    }

    [Fact]
    public void A_vendor_key_passes_through_unchanged()
    {
        var key = VendorKey.Normalize("SQ *BLUE BOTTLE COFFEE SAN");
        Assert.Equal(key, Create(vendorKey: key, payee: null).VendorKey);
    }

    [Fact]
    public void Amount_range_and_direction_are_kept()
    {
        var rule = Create(min: 500m, max: 5000m, direction: "Outflow");
        Assert.Equal((500m, 5000m, Direction.Outflow), (rule.MinAmount, rule.MaxAmount, rule.Direction));
        Assert.Equal(Direction.Inflow, Create(direction: "inflow").Direction);
    }

    [Theory]
    [InlineData(null, "vendorKey")]
    [InlineData("   ", "vendorKey")]
    public void Neither_vendor_key_nor_payee_is_refused(string? payee, string field) =>
        Assert.Equal(field, Refused(() => Create(vendorKey: null, payee: payee)).Field);

    [Fact]
    public void Both_vendor_key_and_payee_is_refused() =>
        Assert.Equal("vendorKey", Refused(() => Create(vendorKey: "staples", payee: "STAPLES")).Field);

    [Fact]
    public void A_payee_that_names_no_vendor_is_refused() =>
        Assert.Equal("payee", Refused(() => Create(payee: "#### 0000")).Field);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("9999")]
    public void An_account_outside_the_chart_is_refused_naming_the_field(string? account)
    {
        var e = Refused(() => Create(account: account));
        Assert.Equal("accountCode", e.Field);
        Assert.StartsWith("accountCode", e.Message);
    }

    [Fact]
    public void Bad_amounts_are_refused_naming_the_field()
    {
        Assert.Equal("minAmount", Refused(() => Create(min: -1m)).Field);
        Assert.Equal("maxAmount", Refused(() => Create(max: -1m)).Field);
        Assert.Equal("maxAmount", Refused(() => Create(min: 100m, max: 50m)).Field);
        Assert.Equal(50m, Create(min: 50m, max: 50m).MaxAmount);   // a single amount is a range
    }

    [Fact]
    public void An_unknown_direction_is_refused() =>
        Assert.Equal("direction", Refused(() => Create(direction: "sideways")).Field);

    [Fact]
    public void A_second_rule_with_the_same_conditions_is_refused_but_a_narrower_one_is_not()
    {
        var general = Create();
        Assert.Equal("vendorKey", Refused(() => Create(account: "6100", active: [general])).Field);
        Assert.Equal(500m, Create(account: "1000", min: 500m, active: [general]).MinAmount);
    }
}
