namespace Ledger.Domain.Calibration;

/// <summary>Constructing, filling and adding bin sets; the additive half of <see cref="Ece"/>.</summary>
public static class EceBins
{
    public const int DefaultCount = 15;

    public static IReadOnlyList<EceBin> Empty(int bins = DefaultCount)
    {
        if (bins < 1) throw new ArgumentOutOfRangeException(nameof(bins), bins, "Need at least one bin.");
        return Enumerable.Range(0, bins).Select(i => new EceBin(i, (double)i / bins, (double)(i + 1) / bins, 0, 0.0, 0)).ToList();
    }

    /// <summary>Equal-width bin of p; p = 1.0 belongs to the last bin rather than a phantom bin past it.</summary>
    public static int IndexOf(double p, int bins)
    {
        Probability.Require(p, nameof(p));
        return Math.Min((int)(p * bins), bins - 1);
    }

    public static IReadOnlyList<EceBin> From(IEnumerable<(double p, bool correct)> predictions, int bins = DefaultCount)
    {
        var counts = new int[bins];
        var correct = new int[bins];
        var sums = new double[bins];
        foreach (var (p, ok) in predictions)
        {
            var i = IndexOf(p, bins);
            counts[i]++;
            sums[i] += p;
            if (ok) correct[i]++;
        }
        return Empty(bins).Select(b => b with { Count = counts[b.Index], SumConfidence = sums[b.Index], CorrectCount = correct[b.Index] }).ToList();
    }

    /// <summary>
    /// Bin-wise sum of two windows. Counts add exactly; confidence sums are doubles, so the sum of days equals
    /// the window computed at once up to floating-point rounding (~1e-15 relative), not bit for bit.
    /// </summary>
    public static IReadOnlyList<EceBin> Add(IReadOnlyList<EceBin> a, IReadOnlyList<EceBin> b)
    {
        if (a.Count != b.Count)
            throw new ArgumentException($"Cannot add bin sets of different sizes ({a.Count} and {b.Count}).");
        return a.Zip(b, (x, y) => x.Index != y.Index
                ? throw new ArgumentException($"Bin index mismatch {x.Index} vs {y.Index}.")
                : x with { Count = x.Count + y.Count, SumConfidence = x.SumConfidence + y.SumConfidence, CorrectCount = x.CorrectCount + y.CorrectCount })
            .ToList();
    }
}
