using Ledger.Domain.Calibration;

namespace Ledger.Domain.Tests.Calibration;

public class PlattCalibratorTests
{
    [Fact]
    public void Reduces_ece_on_overconfident_data()
    {
        var samples = CalibrationSamples.Overconfident(600);
        var platt = PlattCalibrator.Fit(samples);

        var before = Ece.Compute(samples).Ece;
        var after = Ece.Compute(samples.Select(s => (platt.Calibrate(s.rawP), s.correct))).Ece;

        Assert.True(after < before / 2, $"ECE {before} -> {after}");
        Assert.InRange(platt.A, 0.2, 0.5); // the data were made 3x sharper, so A ≈ 1/3
    }

    [Fact]
    public void Fit_is_deterministic()
    {
        var samples = CalibrationSamples.Overconfident(300);
        var a = PlattCalibrator.Fit(samples);
        var b = PlattCalibrator.Fit(samples);
        Assert.Equal(a.A, b.A);
        Assert.Equal(a.B, b.B);
    }

    [Fact]
    public void Separable_data_stays_finite_and_clamped()
    {
        var samples = Enumerable.Range(0, 50).Select(i => (i < 25 ? 0.2 : 0.9, i >= 25)).ToList();
        var platt = PlattCalibrator.Fit(samples);

        Assert.True(double.IsFinite(platt.A) && double.IsFinite(platt.B));
        Assert.InRange(platt.Calibrate(1.0), Probability.Floor, Probability.Ceiling);
        Assert.InRange(platt.Calibrate(0.0), Probability.Floor, Probability.Ceiling);
    }

    [Fact]
    public void Identity_parameters_leave_p_alone() =>
        Assert.Equal(0.73, new PlattCalibrator(1, 0).Calibrate(0.73), 12);
}
