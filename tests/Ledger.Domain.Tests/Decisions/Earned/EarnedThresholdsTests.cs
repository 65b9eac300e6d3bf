using Ledger.Domain.Decisions.Earned;

namespace Ledger.Domain.Tests.Decisions.Earned;

public sealed class EarnedThresholdsTests
{
    private static IEnumerable<ScoredOutcome> Many(int count, double p, int errors = 0) =>
        Enumerable.Range(0, count).Select(i => new ScoredOutcome(p, i < errors));

    [Fact]
    public void The_lowest_threshold_whose_bound_holds_is_earned()
    {
        // At 0.99: 0 errors in 600, bound 1 − 0.05^(1/600) = 0.49804% ≤ 0.5%. At 0.95: 1 error in 610, bound 0.7753%.
        // At 0.85: 6 errors in 710, bound 1.66%. So 0.99, the only one that holds.
        var outcomes = Many(600, 0.99).Concat(Many(10, 0.95, errors: 1)).Concat(Many(100, 0.85, errors: 5)).ToList();
        var earned = EarnedThresholds.Choose("model", outcomes, floor: 0.80);
        Assert.Equal(0.99, earned.Threshold);
        Assert.Equal((710, 600, 0), (earned.Outcomes, earned.Above, earned.ErrorsAbove));
        Assert.Equal(0.0049804, earned.UpperBound, 6);
    }

    [Fact]
    public void A_lower_clean_threshold_wins_but_never_below_the_floor()
    {
        // 1,020 clean outcomes at or above 0.93: bound 1 − 0.05^(1/1020) = 0.2933%.
        var outcomes = Many(1000, 0.99).Concat(Many(20, 0.93)).ToList();
        Assert.Equal(0.93, EarnedThresholds.Choose("vendor_history", outcomes, floor: 0.80).Threshold);
        Assert.Equal(0.99, EarnedThresholds.Choose("vendor_history", outcomes, floor: 0.95).Threshold);
    }

    [Fact]
    public void Too_few_outcomes_earn_nothing_and_say_how_far_off_they_are()
    {
        var earned = EarnedThresholds.Choose("knowledge", Many(300, 0.97).ToList(), floor: 0.80);
        Assert.Null(earned.Threshold);
        Assert.Equal((300, 0), (earned.Above, earned.ErrorsAbove));
        Assert.Equal(1 - Math.Pow(0.05, 1 / 300.0), earned.UpperBound, 12);
        Assert.Contains("none earned", earned.Describe());
    }

    [Fact]
    public void A_correction_the_reviewers_went_back_on_is_a_slip_not_an_error()
    {
        ReviewedProposal R(string proposed, string answered, decimal amount = -20m, string vendor = "staples") =>
            new("vendor_history", 0.97, proposed, answered, vendor, amount);
        var scored = ReviewedProposals.Score(
        [
            R("6300", "6200"),          // corrected, then the next two comparable ones answered 6300 again: a slip
            R("6300", "6300"), R("6300", "6300", -35m),
            R("6300", "1500", -900m),   // corrected at another amount: the small ones after it say nothing of it
            R("6300", "6300", -25m), R("6300", "6300", -30m),
            R("6300", "6950", vendor: "legalzoom"),   // corrected and never seen again: counts
        ]);
        Assert.Equal([false, false, false, true, false, false, true], scored.Select(s => s.Outcome.Error));
        Assert.Equal([true, false, false, false, false, false, false], scored.Select(s => s.Slip));
    }
}
