namespace Ledger.Domain.Calibration;

/// <summary>
/// Brier score of the top-1 prediction: mean of (p − y)², y = 1 when the predicted account was right.
/// Lower is better; 0.25 is what always answering p = 0.5 scores.
/// </summary>
public static class Brier
{
    /// <summary>Returns 0 for no samples, matching the "empty window is zeros" metrics convention.</summary>
    public static double Score(IEnumerable<(double p, bool correct)> predictions)
    {
        var (sum, count) = SumAndCount(predictions);
        return count == 0 ? 0.0 : sum / count;
    }

    /// <summary>The additive parts of the score, so days can be summed and divided once per window.</summary>
    public static (double Sum, int Count) SumAndCount(IEnumerable<(double p, bool correct)> predictions)
    {
        double sum = 0;
        var count = 0;
        foreach (var (p, correct) in predictions)
        {
            Probability.Require(p, nameof(predictions));
            var d = p - (correct ? 1.0 : 0.0);
            sum += d * d;
            count++;
        }
        return (sum, count);
    }
}
