using Ledger.Domain.Metrics;

namespace Ledger.Domain.Tests.Metrics;

public class PilotReadinessTests
{
    static MetricsSummary Summary(double automation, double brier, int brierN = 100) =>
        new(7, 100, automation, 0, brierN, 0.9, 0, 0, brierN, brier, 0.02, [], new Dictionary<string, int>(), 0, 0, 0m);

    static List<(double, bool)> Outcomes(int right, int wrong, double p) =>
        [.. Enumerable.Repeat((p, true), right), .. Enumerable.Repeat((p, false), wrong)];

    [Fact]
    public void P1_needs_automation_balance_and_calibration()
    {
        var ok = PilotReadiness.Evaluate(new PilotInputs(Summary(0.85, 0.15), 0, Outcomes(9, 1, 0.95), 100, 50));
        Assert.True(ok.P1.Passed);
        Assert.Equal("assisted", ok.MayMoveTo);   // reconciled 50% fails P2
        Assert.False(PilotReadiness.Evaluate(new PilotInputs(Summary(0.849, 0.1), 0, [], 1, 1)).P1.Passed);
        Assert.False(PilotReadiness.Evaluate(new PilotInputs(Summary(0.9, 0.1), 1, [], 1, 1)).P1.Passed);
        Assert.False(PilotReadiness.Evaluate(new PilotInputs(Summary(0.9, 0.151), 0, [], 1, 1)).P1.Passed);
        Assert.Equal("shadow (stay)", PilotReadiness.Evaluate(new PilotInputs(Summary(0.9, 0.2), 0, [], 1, 1)).MayMoveTo);
    }

    [Fact]
    public void P2_needs_high_confidence_right_and_the_period_reconciled()
    {
        var pass = PilotReadiness.Evaluate(new PilotInputs(Summary(0.9, 0.1), 0, [.. Outcomes(9, 1, 0.95), .. Outcomes(0, 5, 0.5)], 100, 95));
        Assert.True(pass.P2.Passed);
        Assert.Equal("autopost", pass.MayMoveTo);
        Assert.False(PilotReadiness.Evaluate(new PilotInputs(Summary(0.9, 0.1), 0, Outcomes(8, 2, 0.95), 100, 100)).P2.Passed);
        Assert.False(PilotReadiness.Evaluate(new PilotInputs(Summary(0.9, 0.1), 0, Outcomes(10, 0, 0.95), 100, 94)).P2.Passed);
    }

    [Fact]
    public void The_recommended_threshold_is_the_lowest_keeping_precision()
    {
        List<(double, bool)> o = [.. Outcomes(100, 0, 0.99), .. Outcomes(99, 1, 0.95), .. Outcomes(8, 2, 0.9)];
        Assert.Equal(0.95, PilotReadiness.RecommendThreshold(o, 0.99));   // 199/200 ≥ 99%; adding 0.9 gives 207/210 < 99%
        Assert.Null(PilotReadiness.RecommendThreshold(Outcomes(1, 1, 0.99), 0.99));
    }

    [Fact]
    public void Drift_is_flagged_beyond_the_tolerance_only()
    {
        var flags = PilotReadiness.Drift(new DriftWindow(0.80, 0.10, 0.30), new DriftWindow(0.90, 0.04, 0.10), 0.05);
        Assert.Equal(3, flags.Count);
        Assert.Empty(PilotReadiness.Drift(new DriftWindow(0.88, 0.06, 0.12), new DriftWindow(0.90, 0.04, 0.10), 0.05));
    }
}
