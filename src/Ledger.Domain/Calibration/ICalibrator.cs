namespace Ledger.Domain.Calibration;

/// <summary>Maps a model's raw top-1 confidence to a probability that matches observed accuracy.</summary>
public interface ICalibrator
{
    double Calibrate(double rawP);
    string Method { get; }
}

/// <summary>Stored method names; persisted in calibration events.</summary>
public static class CalibrationMethod
{
    public const string Identity = "identity";
    public const string Platt = "platt";
    public const string Isotonic = "isotonic";
}

/// <summary>Too few labels to learn anything: trust the raw confidence unchanged.</summary>
public sealed class IdentityCalibrator : ICalibrator
{
    public static readonly IdentityCalibrator Instance = new();
    public string Method => CalibrationMethod.Identity;

    public double Calibrate(double rawP)
    {
        Probability.Require(rawP, nameof(rawP));
        return rawP;
    }
}
