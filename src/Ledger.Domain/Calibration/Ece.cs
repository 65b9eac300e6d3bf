namespace Ledger.Domain.Calibration;

/// <summary>
/// Expected calibration error over equal-width bins: Σ (n_b/N)·|acc_b − conf_b|. Computed from bin sums as
/// (1/N)·Σ |correct_b − sumConf_b|, which is algebraically the same and needs no per-bin averages.
/// </summary>
public static class Ece
{
    public static EceResult Compute(IEnumerable<(double p, bool correct)> predictions, int bins = EceBins.DefaultCount) =>
        FromBins(EceBins.From(predictions, bins));

    /// <summary>ECE of pre-aggregated bins (e.g. a window of summed days). No samples gives 0.</summary>
    public static EceResult FromBins(IReadOnlyList<EceBin> bins)
    {
        var n = bins.Sum(b => b.Count);
        if (n == 0) return new EceResult(0.0, bins);
        var gap = bins.Sum(b => Math.Abs(b.CorrectCount - b.SumConfidence));
        return new EceResult(gap / n, bins);
    }
}
