namespace Ledger.Domain.Calibration;

/// <summary>
/// A fitted calibration as stored in a tenant event. Plain arrays and doubles only, so System.Text.Json
/// round-trips it bit for bit (doubles are written in shortest round-trip form) and <see cref="Apply"/> gives
/// identical results after reload. Platt: Parameters = [A, B]. Isotonic: the breakpoint arrays. Identity: none.
/// EceBefore/EceAfter are measured on the fitting samples, so EceAfter is optimistic (in-sample).
/// </summary>
public sealed record CalibrationModel(
    string Method,
    double[] Parameters,
    double[] BreakpointsX,
    double[] BreakpointsY,
    double EceBefore,
    double EceAfter,
    int SampleCount)
{
    public static CalibrationModel Identity(double ece, int sampleCount) =>
        new(CalibrationMethod.Identity, [], [], [], ece, ece, sampleCount);

    public double Apply(double rawP) => ToCalibrator().Calibrate(rawP);

    public ICalibrator ToCalibrator() => Method switch
    {
        CalibrationMethod.Identity => IdentityCalibrator.Instance,
        CalibrationMethod.Platt when Parameters.Length == 2 => new PlattCalibrator(Parameters[0], Parameters[1]),
        CalibrationMethod.Isotonic => new IsotonicCalibrator(BreakpointsX, BreakpointsY),
        _ => throw new InvalidOperationException($"Unknown or malformed calibration method '{Method}'."),
    };

    public bool Equals(CalibrationModel? other) =>
        other is not null
        && Method == other.Method
        && Parameters.SequenceEqual(other.Parameters)
        && BreakpointsX.SequenceEqual(other.BreakpointsX)
        && BreakpointsY.SequenceEqual(other.BreakpointsY)
        && EceBefore.Equals(other.EceBefore)
        && EceAfter.Equals(other.EceAfter)
        && SampleCount == other.SampleCount;

    public override int GetHashCode() => HashCode.Combine(Method, Parameters.Length, BreakpointsX.Length, EceBefore, EceAfter, SampleCount);
}
