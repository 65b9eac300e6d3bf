namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>Auto-posting everything with calibrated p ≥ Threshold: how much is posted, and how much of that is right.</summary>
public sealed record ThresholdPoint(double Threshold, int Posted, double Coverage, double Precision);

/// <summary>Coverage/precision trade-offs over the calibrated probabilities of reviewed proposals.</summary>
public static class ThresholdScan
{
    public static ThresholdPoint At(IReadOnlyList<ProposalOutcome> outcomes, double threshold)
    {
        var posted = outcomes.Where(o => o.Probability >= threshold).ToList();
        return new ThresholdPoint(threshold, posted.Count, Share(posted.Count, outcomes.Count),
            posted.Count == 0 ? double.NaN : Share(posted.Count(o => o.Correct), posted.Count));
    }

    /// <summary>
    /// The lowest threshold (so the highest coverage) whose auto-posted set still reaches
    /// <paramref name="minPrecision"/>; null when even the most confident proposals miss it.
    /// </summary>
    public static ThresholdPoint? HighestCoverage(IReadOnlyList<ProposalOutcome> outcomes, double minPrecision)
    {
        ThresholdPoint? best = null;
        var (posted, correct) = (0, 0);
        foreach (var group in outcomes.GroupBy(o => o.Probability).OrderByDescending(g => g.Key))
        {
            posted += group.Count();
            correct += group.Count(o => o.Correct);
            var precision = Share(correct, posted);
            if (precision >= minPrecision) best = new ThresholdPoint(group.Key, posted, Share(posted, outcomes.Count), precision);
        }
        return best;
    }

    /// <summary>The threshold that auto-posts (at least) the given share of proposals, and the precision there.</summary>
    public static ThresholdPoint AtCoverage(IReadOnlyList<ProposalOutcome> outcomes, double coverage)
    {
        if (outcomes.Count == 0) return new ThresholdPoint(double.NaN, 0, 0, double.NaN);
        var ordered = outcomes.Select(o => o.Probability).OrderByDescending(p => p).ToList();
        var index = Math.Clamp((int)Math.Ceiling(coverage * ordered.Count) - 1, 0, ordered.Count - 1);
        return At(outcomes, ordered[index]);
    }

    /// <summary>
    /// Auto-posting with the threshold in force when each proposal was made: the one earned for its source on earlier
    /// outcomes, or (before one was earned) the template's, or nothing. <see cref="ThresholdPoint.Threshold"/> is NaN: it varies.
    /// </summary>
    public static ThresholdPoint Earned(IReadOnlyList<ProposalOutcome> outcomes, double template, bool fallBackToTemplate)
    {
        var posted = outcomes.Where(o => o.EarnedThreshold is { } t ? o.Probability >= t : fallBackToTemplate && o.Probability >= template).ToList();
        return new ThresholdPoint(double.NaN, posted.Count, Share(posted.Count, outcomes.Count),
            posted.Count == 0 ? double.NaN : Share(posted.Count(o => o.Correct), posted.Count));
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
