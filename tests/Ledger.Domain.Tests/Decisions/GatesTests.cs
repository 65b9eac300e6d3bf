using Ledger.Domain.Decisions;

namespace Ledger.Domain.Tests.Decisions;

public class GatesTests
{
    private static readonly TenantPolicy Policy = new(AutopostThreshold: 0.9, ColdStartMinLabels: 3, AutopostEnabled: true, Version: 7);
    private static readonly JournalLine[] Balanced = [new("6100", 42.10m, 0m, "x"), new("1000", 0m, 42.10m, "x")];

    private static GateInputs Inputs(int labels = 5, double p = 0.95, IReadOnlyList<JournalLine>? lines = null,
        bool fallback = false, TenantPolicy? policy = null) =>
        new(labels, p, lines ?? Balanced, fallback, policy ?? Policy);

    [Fact]
    public void All_gates_pass_auto_posts()
    {
        var d = Gates.Evaluate(Inputs());

        Assert.True(d.WouldAutoPost);
        Assert.True(d.AutoPost);
        Assert.Empty(d.Reasons);
        Assert.Equal(7, d.PolicyVersion);
        Assert.Equal([GateName.VendorWarm, GateName.Confidence, GateName.JeBalanced, GateName.BudgetOk, GateName.AutopostEnabled],
            d.Gates.Select(g => g.Gate));
        Assert.All(d.Gates, g => Assert.True(g.Passed));
    }

    [Fact]
    public void Cold_vendor_reports_comparison()
    {
        var d = Gates.Evaluate(Inputs(labels: 2));

        var gate = d.Gates[0];
        Assert.False(gate.Passed);
        Assert.Equal("labels 2 < min 3", gate.Compared);
        Assert.Equal(2d, gate.Actual);
        Assert.Equal(3d, gate.Required);
        Assert.Equal([ReasonCode.ColdStartVendor], d.Reasons);
        Assert.False(d.WouldAutoPost);
    }

    [Fact]
    public void Threshold_is_inclusive()
    {
        Assert.True(Gates.Evaluate(Inputs(p: 0.9)).AutoPost);
        var below = Gates.Evaluate(Inputs(p: 0.8999));
        Assert.Equal([ReasonCode.BelowThreshold], below.Reasons);
        Assert.Equal("p 0.8999 < threshold 0.9", below.Gates[1].Compared);
    }

    [Fact]
    public void NaN_probability_fails_confidence() =>
        Assert.Contains(ReasonCode.BelowThreshold, Gates.Evaluate(Inputs(p: double.NaN)).Reasons);

    [Fact]
    public void Unbalanced_or_single_line_entry_fails()
    {
        var off = Gates.Evaluate(Inputs(lines: [new("6100", 42.10m, 0m, null), new("1000", 0m, 42.11m, null)]));
        Assert.Equal([ReasonCode.JeImbalance], off.Reasons);
        Assert.Equal("debits 42.10 != credits 42.11, lines 2", off.Gates[2].Compared);

        var single = Gates.Evaluate(Inputs(lines: [new("6100", 0m, 0m, null)]));
        Assert.Equal([ReasonCode.JeImbalance], single.Reasons);
    }

    [Fact]
    public void Opt_out_still_reports_would_auto_post()
    {
        var d = Gates.Evaluate(Inputs(policy: Policy with { AutopostEnabled = false }));

        Assert.True(d.WouldAutoPost);
        Assert.False(d.AutoPost);
        Assert.Equal([ReasonCode.AutopostDisabled], d.Reasons);
    }

    [Fact]
    public void Several_reasons_in_gate_order()
    {
        var d = Gates.Evaluate(Inputs(labels: 0, p: 0.5, lines: [], fallback: true, policy: Policy with { AutopostEnabled = false }));

        Assert.Equal(
            [ReasonCode.ColdStartVendor, ReasonCode.BelowThreshold, ReasonCode.JeImbalance, ReasonCode.BudgetFallbackActive, ReasonCode.AutopostDisabled],
            d.Reasons);
        Assert.False(d.WouldAutoPost);
        Assert.False(d.AutoPost);
    }

    [Fact]
    public void Recorded_decision_replays_equal_with_fresh_list_instances()
    {
        var recordedInputs = Inputs(labels: 2, p: 0.93);
        var recordedDecision = Gates.Evaluate(recordedInputs);

        // What an auditor would rebuild from the stored event: new list and record instances, same values.
        var replayInputs = new GateInputs(2, 0.93,
            Balanced.Select(l => l with { }).ToList(), false, Policy with { });

        Assert.Equal(recordedInputs, replayInputs);
        Assert.Equal(recordedInputs.GetHashCode(), replayInputs.GetHashCode());
        Assert.True(Gates.Evaluate(replayInputs) == recordedDecision);
        Assert.Equal(recordedDecision.GetHashCode(), Gates.Evaluate(replayInputs).GetHashCode());
    }

    [Fact]
    public void Different_policy_version_is_a_different_decision() =>
        Assert.NotEqual(Gates.Evaluate(Inputs()), Gates.Evaluate(Inputs(policy: Policy with { Version = 8 })));
}
