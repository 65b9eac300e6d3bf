using Ledger.Domain.Calibration;

namespace Ledger.Domain.Tests.Calibration;

/// <summary>Deterministic synthetic data: a model whose raw confidence is sharper than its true accuracy.</summary>
internal static class CalibrationSamples
{
    /// <summary>True accuracy q is uniform on (0.3, 0.97); the model reports σ(3·logit(q)), i.e. overconfident.</summary>
    public static List<(double rawP, bool correct)> Overconfident(int n, int seed = 42)
    {
        var random = new Random(seed);
        var samples = new List<(double, bool)>(n);
        for (var i = 0; i < n; i++)
        {
            var q = 0.3 + 0.67 * random.NextDouble();
            var raw = Probability.Sigmoid(3 * Probability.Logit(q));
            samples.Add((raw, random.NextDouble() < q));
        }
        return samples;
    }
}
