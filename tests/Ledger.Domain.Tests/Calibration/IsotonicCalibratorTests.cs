using Ledger.Domain.Calibration;

namespace Ledger.Domain.Tests.Calibration;

public class IsotonicCalibratorTests
{
    [Fact]
    public void Pool_adjacent_violators_on_a_small_example()
    {
        // raw:     0.1 0.2 0.3 0.4 0.5 0.6
        // correct:  0   1   0   0   1   1
        // PAV: [0] [1,0,0] -> mean 1/3 [1] [1] -> pooled equal plateau [1,1]
        var iso = IsotonicCalibrator.Fit([(0.1, false), (0.2, true), (0.3, false), (0.4, false), (0.5, true), (0.6, true)]);

        Assert.Equal([0.1, 0.2, 0.4, 0.5, 0.6], iso.BreakpointsX);
        Assert.Equal([0.0, 1 / 3.0, 1 / 3.0, 1.0, 1.0], iso.BreakpointsY);
        Assert.Equal(Probability.Floor, iso.Calibrate(0.05));
        Assert.Equal(1 / 3.0, iso.Calibrate(0.3), 12);
        Assert.Equal(2 / 3.0, iso.Calibrate(0.45), 12); // halfway between 1/3 and 1
        Assert.Equal(Probability.Ceiling, iso.Calibrate(0.99));
    }

    [Fact]
    public void Is_monotone_and_reduces_ece()
    {
        var samples = CalibrationSamples.Overconfident(2000, seed: 7);
        var iso = IsotonicCalibrator.Fit(samples);

        var previous = 0.0;
        for (var i = 0; i <= 1000; i++)
        {
            var p = iso.Calibrate(i / 1000.0);
            Assert.True(p >= previous, $"not monotone at {i / 1000.0}: {p} < {previous}");
            Assert.InRange(p, Probability.Floor, Probability.Ceiling);
            previous = p;
        }
        Assert.True(Ece.Compute(samples.Select(s => (iso.Calibrate(s.rawP), s.correct))).Ece < Ece.Compute(samples).Ece / 2);
    }

    [Fact]
    public void Tied_raw_scores_become_one_breakpoint()
    {
        var iso = IsotonicCalibrator.Fit([(0.7, true), (0.7, false), (0.7, true), (0.9, true)]);
        Assert.Equal([0.7, 0.9], iso.BreakpointsX);
        Assert.Equal(2 / 3.0, iso.BreakpointsY[0], 12);
    }
}
