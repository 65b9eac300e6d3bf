using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Tests.Categorization.Rules;

public class RuleMatcherTests
{
    private static VendorRule Rule(string account, decimal? min = null, decimal? max = null, Direction? dir = null,
        RuleOrigin origin = RuleOrigin.Promoted, int version = 1, string vendor = "staples", int id = 1) =>
        new(new Guid(id, 0, 0, new byte[8]), vendor, account, min, max, dir, origin, version);

    [Fact]
    public void No_rule_for_vendor_is_null() =>
        Assert.Null(RuleMatcher.Match([Rule("6100")], "amazon-marketplace", -10m));

    [Fact]
    public void Plain_rule_matches_any_amount_and_direction()
    {
        var plain = Rule("6100");
        Assert.Same(plain, RuleMatcher.Match([plain], "staples", -10m));
        Assert.Same(plain, RuleMatcher.Match([plain], "staples", 10m));
    }

    [Fact]
    public void Range_and_direction_beats_plain()
    {
        var plain = Rule("6100", id: 1);
        var equipment = Rule("1500", min: 500m, dir: Direction.Outflow, id: 2);
        IEnumerable<VendorRule> rules = [plain, equipment];

        Assert.Equal("1500", RuleMatcher.Match(rules, "staples", -750m)!.AccountCode);
        Assert.Equal("1500", RuleMatcher.Match(rules, "staples", -500m)!.AccountCode); // inclusive bound
        Assert.Equal("6100", RuleMatcher.Match(rules, "staples", -499.99m)!.AccountCode);
        Assert.Equal("6100", RuleMatcher.Match(rules, "staples", 750m)!.AccountCode); // refund: inflow
    }

    [Fact]
    public void Direction_uses_sign_and_zero_has_none()
    {
        var refunds = Rule("4900", dir: Direction.Inflow);
        Assert.Same(refunds, RuleMatcher.Match([refunds], "staples", 5m));
        Assert.Null(RuleMatcher.Match([refunds], "staples", -5m));
        Assert.Null(RuleMatcher.Match([refunds], "staples", 0m));
    }

    [Fact]
    public void Max_bound_is_on_magnitude()
    {
        var small = Rule("6150", max: 20m);
        Assert.Same(small, RuleMatcher.Match([small], "staples", -20m));
        Assert.Null(RuleMatcher.Match([small], "staples", -20.01m));
    }

    [Fact]
    public void Ties_prefer_admin_then_narrower_then_newer_then_id_regardless_of_order()
    {
        var promoted = Rule("A", dir: Direction.Outflow, id: 1);
        var admin = Rule("B", dir: Direction.Outflow, origin: RuleOrigin.Admin, id: 2);
        Assert.Equal("B", RuleMatcher.Match([promoted, admin], "staples", -1m)!.AccountCode);
        Assert.Equal("B", RuleMatcher.Match([admin, promoted], "staples", -1m)!.AccountCode);

        var wide = Rule("W", min: 0m, max: 1000m, id: 3);
        var narrow = Rule("N", min: 100m, max: 200m, id: 4);
        Assert.Equal("N", RuleMatcher.Match([wide, narrow], "staples", -150m)!.AccountCode);

        var v1 = Rule("V1", version: 1, id: 5);
        var v2 = Rule("V2", version: 2, id: 6);
        Assert.Equal("V2", RuleMatcher.Match([v2, v1], "staples", -1m)!.AccountCode);
        Assert.Equal("V2", RuleMatcher.Match([v1, v2], "staples", -1m)!.AccountCode);

        var idLow = Rule("LOW", id: 7);
        var idHigh = Rule("HIGH", id: 8);
        Assert.Equal("LOW", RuleMatcher.Match([idHigh, idLow], "staples", -1m)!.AccountCode);
    }

    [Fact]
    public void Vendor_key_comparison_is_exact() =>
        Assert.Null(RuleMatcher.Match([Rule("6100")], "Staples", -1m));
}
