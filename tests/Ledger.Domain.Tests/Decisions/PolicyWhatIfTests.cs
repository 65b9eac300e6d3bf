using Ledger.Domain.Decisions;
using Ledger.Domain.Decisions.WhatIf;

namespace Ledger.Domain.Tests.Decisions;

/// <summary>The what-if's arithmetic against a hand count on six recorded decisions.</summary>
public class PolicyWhatIfTests
{
    static readonly JournalLine[] Lines = [new("6300", 10m, 0m, "x"), new("1000", 0m, 10m, "x")];
    static readonly TenantPolicy Then = new(0.95, 3, false, 4);

    static RecordedDecision D(string id, double p, int labels, string proposed, string? final, bool budget = false) =>
        new(id, new GateInputs(labels, p, Lines, budget, Then) { Source = "model" }, [], proposed, final);

    // id   p     labels final
    // a   0.99   5      right
    // b   0.96   5      wrong (6000)
    // c   0.90   5      right
    // d   0.89   2      right      (cold at min 3, warm at min 2)
    // e   0.99   1      unanswered (cold at 3 and at 2)
    // f   0.97   9      right, budget fallback active (never posts)
    static readonly RecordedDecision[] History =
    [
        D("a", 0.99, 5, "6300", "6300"), D("b", 0.96, 5, "6300", "6000"), D("c", 0.90, 5, "6300", "6300"),
        D("d", 0.89, 2, "6300", "6300"), D("e", 0.99, 1, "6300", null), D("f", 0.97, 9, "6300", "6300", budget: true),
    ];

    [Fact]
    public void The_policy_in_force_and_a_lower_threshold_with_a_lower_cold_start_minimum_match_a_hand_count()
    {
        var r = PolicyWhatIf.Compare(History, new PolicyProposal(0.95, 3), new PolicyProposal(0.88, 2));

        // In force (0.95, min 3): a and b post; b was wrong. Not posted: c below, d below+cold, e cold, f budget.
        Assert.Equal((6, 2, 2, 1), (r.InForce.Decisions, r.InForce.Posts, r.InForce.PostsAnswered, r.InForce.Wrong));
        Assert.Equal(["b"], r.InForce.WrongPosts);
        Assert.Equal(new Dictionary<string, int> { [ReasonCode.BelowThreshold] = 2, [ReasonCode.ColdStartVendor] = 2, [ReasonCode.BudgetFallbackActive] = 1 },
            r.InForce.Reasons);
        Assert.Equal(2.0 / 6, r.InForce.Automation, 12);
        Assert.Equal(0.5, r.InForce.Precision);

        // Proposed (0.88, min 2): a, b, c, d post; b wrong; e stays cold (1 < 2), f stays on budget.
        Assert.Equal((4, 4, 1), (r.Proposed.Posts, r.Proposed.PostsAnswered, r.Proposed.Wrong));
        Assert.Equal(0.75, r.Proposed.Precision);
        // Accuracy over every answered decision is the policy's no matter: 4 right of 5 answered.
        Assert.Equal((5, 0.8), (r.Proposed.Answered, r.Proposed.Accuracy!.Value));
        Assert.Equal(r.Proposed.Accuracy, r.InForce.Accuracy);
    }

    [Fact]
    public void The_interval_is_the_exact_two_sided_95_percent_one_and_the_curve_falls_in_automation_as_the_threshold_rises()
    {
        var (low, high) = PolicyWhatIf.Interval(3, 4);
        // Clopper-Pearson for 3 of 4: [0.1941, 0.9937] (textbook values).
        Assert.Equal(0.1941, low!.Value, 4);
        Assert.Equal(0.9937, high!.Value, 4);
        Assert.Equal((null, null), PolicyWhatIf.Interval(0, 0));

        var curve = PolicyWhatIf.Compare(History, new PolicyProposal(0.95, 3), new PolicyProposal(0.88, 2)).Curve;
        Assert.Equal(4, curve.Single(c => Math.Abs(c.Threshold - 0.89) < 1e-9).Posts);
        Assert.Equal(3, curve.Single(c => Math.Abs(c.Threshold - 0.90) < 1e-9).Posts);
        Assert.Equal(1, curve.Single(c => Math.Abs(c.Threshold - 0.97) < 1e-9).Posts);
        Assert.True(curve.Zip(curve.Skip(1)).All(p => p.Second.Posts <= p.First.Posts));
    }

    [Fact]
    public void Recorded_decisions_under_their_own_policy_give_their_recorded_decision()
    {
        foreach (var d in History)
            Assert.Equal(Gates.Evaluate(d.Inputs, ProposalFacts.Legacy with { HasProposal = true }), d.Under(d.Inputs.Policy));
    }
}
