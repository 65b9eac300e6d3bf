namespace Ledger.Domain.Calibration;

/// <summary>
/// Picks and fits a calibrator for a tenant's labelled decisions: identity below 30 samples (nothing
/// learnable), Platt below 1,000 (two parameters do not overfit), isotonic from 1,000 (flexible enough to
/// fix any monotone miscalibration once there is data to support it).
/// </summary>
public static class CalibrationFitter
{
    public const int MinSamplesForFit = 30;
    public const int MinSamplesForIsotonic = 1000;

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
