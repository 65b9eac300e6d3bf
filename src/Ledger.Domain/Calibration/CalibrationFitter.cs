namespace Ledger.Domain.Calibration;

/// <summary>
/// Picks and fits a calibrator for a tenant's labelled decisions: identity below 30 samples (nothing
/// learnable), Platt below 200 (two parameters do not overfit), isotonic from 200 (flexible enough to
/// fix any monotone miscalibration). The isotonic floor was 1,000 until issue #12 round 2: replays of the development
/// feeds measured out of sample gave a lower ECE from 200 (0.015-0.030 → 0.013-0.027; README, categorizer round 2), as vendor
/// history's raw p takes a few discrete values ((n+1)/(n+2)) that a sigmoid in logit space does not follow.
/// </summary>
public static class CalibrationFitter
{
    public const int MinSamplesForFit = 30;
    public const int MinSamplesForIsotonic = 200;

    public static CalibrationModel Fit(IReadOnlyList<(double rawP, bool correct)> samples)
    {
        var before = Ece.Compute(samples).Ece;
        if (samples.Count < MinSamplesForFit) return CalibrationModel.Identity(before, samples.Count);

        CalibrationModel model;
        if (samples.Count < MinSamplesForIsotonic)
        {
            var platt = PlattCalibrator.Fit(samples);
            model = new CalibrationModel(CalibrationMethod.Platt, [platt.A, platt.B], [], [], before, 0, samples.Count);
        }
        else
        {
            var iso = IsotonicCalibrator.Fit(samples);
            model = new CalibrationModel(CalibrationMethod.Isotonic, [], iso.BreakpointsX.ToArray(), iso.BreakpointsY.ToArray(), before, 0, samples.Count);
        }
        var after = Ece.Compute(samples.Select(s => (model.Apply(s.rawP), s.correct))).Ece;
        return model with { EceAfter = after };
    }
}
