using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Tests.Categorization.Rules;

public class RulePromotionTests
{
    private static readonly VendorRule ActiveRule =
        new(Guid.Parse("6f1f2a6e-0000-0000-0000-000000000001"), "gusto-payroll", "6500", null, null, null, RuleOrigin.Promoted, 1);

    private static VendorLabelStats Stats(params string[] recent) =>
        new("gusto-payroll", recent.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count()), recent);

    [Fact]
    public void Promotes_when_last_n_agree_and_no_rule()
    {
        var change = RulePromotion.Decide(Stats("6100", "6500", "6500", "6500"), 3, null);

        var promote = Assert.IsType<RuleChange.Promote>(change);
        Assert.Equal("gusto-payroll", promote.VendorKey);
        Assert.Equal("6500", promote.AccountCode);
        Assert.Equal(["6500", "6500", "6500"], promote.BasedOnLabels);
    }

    [Fact]
    public void Too_few_labels_do_not_promote() =>
        Assert.Null(RulePromotion.Decide(Stats("6500", "6500"), 3, null));

    [Fact]
    public void Disagreement_in_the_run_does_not_promote() =>
        Assert.Null(RulePromotion.Decide(Stats("6500", "6100", "6500"), 3, null));

    [Fact]
    public void Existing_rule_blocks_promotion() =>
        Assert.Null(RulePromotion.Decide(Stats("6500", "6500", "6500"), 3, ActiveRule));

    [Fact]
    public void One_contradiction_is_noise() =>
        Assert.Null(RulePromotion.Decide(Stats("6500", "6500", "6100"), 3, ActiveRule));

    [Fact]
    public void Two_recent_contradictions_retire_by_default()
    {
        var change = RulePromotion.Decide(Stats("6500", "6100", "6200"), 3, ActiveRule);

        var retire = Assert.IsType<RuleChange.Retire>(change);
        Assert.Equal(ActiveRule.Id, retire.RuleId);
        Assert.Equal(["6100", "6200"], retire.ContradictingLabels);
        Assert.Contains("not rule account 6500", retire.Reason);
    }

    [Fact]
    public void Contradiction_count_is_configurable()
    {
        Assert.Null(RulePromotion.Decide(Stats("6500", "6100", "6100"), 3, ActiveRule, contradictionsToRetire: 3));
        Assert.IsType<RuleChange.Retire>(RulePromotion.Decide(Stats("6100", "6100", "6100"), 3, ActiveRule, contradictionsToRetire: 3));
        Assert.IsType<RuleChange.Retire>(RulePromotion.Decide(Stats("6500", "6100"), 3, ActiveRule, contradictionsToRetire: 1));
    }

    [Fact]
    public void After_retirement_the_new_habit_is_promoted()
    {
        var stats = Stats("6500", "6100", "6100", "6100");
        Assert.IsType<RuleChange.Retire>(RulePromotion.Decide(stats, 3, ActiveRule));
        Assert.Equal("6100", Assert.IsType<RuleChange.Promote>(RulePromotion.Decide(stats, 3, null)).AccountCode);
    }

    [Fact]
    public void Invalid_thresholds_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RulePromotion.Decide(Stats("6500"), 0, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => RulePromotion.Decide(Stats("6500"), 1, null, 0));
    }
}
