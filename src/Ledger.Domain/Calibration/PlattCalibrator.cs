namespace Ledger.Domain.Calibration;

/// <summary>
/// Platt scaling on the log-odds: p' = σ(A·logit(p) + B). Two parameters, so it is stable on a few hundred
/// labels where isotonic regression would overfit. A &lt; 1 shrinks an overconfident model toward 0.5.
/// </summary>
public sealed class PlattCalibrator(double a, double b) : ICalibrator
{
    public double A { get; } = a;
    public double B { get; } = b;
    public string Method => CalibrationMethod.Platt;

    public double Calibrate(double rawP)
    {
        Probability.Require(rawP, nameof(rawP));
        return Probability.ClampCalibrated(Probability.Sigmoid(A * Probability.Logit(rawP) + B));
    }

    /// <summary>
    /// Maximum likelihood by Newton's method with backtracking (Lin, Lin &amp; Weng 2007), starting from the
    /// identity (A = 1, B = 0). Platt's smoothed targets keep A finite when the data are separable. Fixed
    /// iteration order and no randomness, so the same samples always give the same parameters.
    /// </summary>
    public static PlattCalibrator Fit(IReadOnlyList<(double rawP, bool correct)> samples)
    {
        if (samples.Count == 0) return new PlattCalibrator(1, 0);
        var positives = samples.Count(s => s.correct);
        var negatives = samples.Count - positives;
        var hi = (positives + 1.0) / (positives + 2.0);
        var lo = 1.0 / (negatives + 2.0);
        var x = samples.Select(s => { Probability.Require(s.rawP, nameof(samples)); return Probability.Logit(s.rawP); }).ToArray();
        var t = samples.Select(s => s.correct ? hi : lo).ToArray();

        double a = 1, b = 0, loss = Loss(x, t, a, b);
        const double ridge = 1e-12; // keeps the Hessian invertible when all raw p are equal
        for (var iter = 0; iter < 100; iter++)
        {
            double g1 = 0, g2 = 0, h11 = ridge, h22 = ridge, h21 = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var q = Probability.Sigmoid(a * x[i] + b);
                var d = q - t[i];
                var w = q * (1 - q);
                g1 += x[i] * d; g2 += d;
                h11 += x[i] * x[i] * w; h22 += w; h21 += x[i] * w;
            }
            if (Math.Abs(g1) < 1e-9 && Math.Abs(g2) < 1e-9) break;

            var det = h11 * h22 - h21 * h21;
            var da = -(h22 * g1 - h21 * g2) / det;
            var db = -(-h21 * g1 + h11 * g2) / det;
            var slope = g1 * da + g2 * db;

            var step = 1.0;
            while (step >= 1e-10)
            {
                var candidate = Loss(x, t, a + step * da, b + step * db);
                if (candidate < loss + 1e-4 * step * slope)
                {
                    a += step * da; b += step * db; loss = candidate;
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) break; // no further progress possible
        }
        return new PlattCalibrator(a, b);
    }

    // Cross-entropy written so exp never overflows: (1−t)·f + log(1+e^−f), mirrored for f < 0.
    private static double Loss(double[] x, double[] t, double a, double b)
    {
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var f = a * x[i] + b;
            sum += f >= 0 ? (1 - t[i]) * f + Math.Log(1 + Math.Exp(-f)) : -t[i] * f + Math.Log(1 + Math.Exp(f));
        }
        return sum;
    }
}
