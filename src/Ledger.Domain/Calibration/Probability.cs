namespace Ledger.Domain.Calibration;

/// <summary>Shared probability helpers so every calibrator clips and transforms the same way.</summary>
public static class Probability
{
    /// <summary>
    /// Fitted calibrators never claim certainty: a model fitted on finite labels cannot justify p = 0 or 1,
    /// and a hard 1.0 would pass any threshold forever. Identity calibration is exempt (it changes nothing).
    /// </summary>
    public const double Floor = 0.001, Ceiling = 0.999;

    public static double ClampCalibrated(double p) => Math.Clamp(p, Floor, Ceiling);

    public static void Require(double p, string paramName)
    {
        if (!(p >= 0.0 && p <= 1.0)) // also rejects NaN
            throw new ArgumentOutOfRangeException(paramName, p, "Probability must be within [0, 1].");
    }

    /// <summary>Log-odds with the input pulled in from 0 and 1 so the result stays finite.</summary>
    public static double Logit(double p)
    {
        var q = Math.Clamp(p, 1e-9, 1 - 1e-9);
        return Math.Log(q / (1 - q));
    }

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));
}
