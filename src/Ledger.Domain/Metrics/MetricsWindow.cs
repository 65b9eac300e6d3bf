using Ledger.Domain.Calibration;

namespace Ledger.Domain.Metrics;

/// <summary>
/// Sums days, then divides once. Averaging daily rates would weight a 3-transaction Sunday like a
/// 3,000-transaction Monday; summing counts first gives the true window rate.
/// </summary>
public static class MetricsWindow
{
    public static MetricsSummary Sum(IEnumerable<MetricsDay> days)
    {
        int n = 0, decided = 0, would = 0, posted = 0, reviewed = 0, corrected = 0;
        int final = 0, correctFinal = 0, postedFinal = 0, postedCorrect = 0, brierCount = 0;
        double brierSum = 0;
        decimal spend = 0m;
        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        IReadOnlyList<EceBin>? bins = null;

        foreach (var d in days)
        {
            n++;
            decided += d.Decided; would += d.WouldAutoPost; posted += d.AutoPosted;
            reviewed += d.Reviewed; corrected += d.Corrected;
            final += d.FinalAnswered; correctFinal += d.CorrectFinal;
            postedFinal += d.AutoPostedFinal; postedCorrect += d.AutoPostedCorrect;
            brierSum += d.BrierSum; brierCount += d.BrierCount;
            spend += d.LlmSpendUsd;
            foreach (var (reason, count) in d.ReasonCounts)
                reasons[reason] = reasons.GetValueOrDefault(reason) + count;
            if (d.EceBins.Count > 0)
                bins = bins is null ? d.EceBins : EceBins.Add(bins, d.EceBins);
        }

        var ece = Ece.FromBins(bins ?? EceBins.Empty());
        return new MetricsSummary(
            Days: n,
            PopulationN: decided,
            AutomationRate: Ratio(would, decided),
            AutoPostRate: Ratio(posted, decided),
            AccuracyN: final,
            Accuracy: Ratio(correctFinal, final),
            AutoPostPrecisionN: postedFinal,
            AutoPostPrecision: Ratio(postedCorrect, postedFinal),
            BrierN: brierCount,
            Brier: brierCount == 0 ? 0.0 : brierSum / brierCount,
            Ece: ece.Ece,
            EceBins: ece.Bins,
            Reasons: reasons,
            Reviewed: reviewed,
            Corrected: corrected,
            LlmSpendUsd: spend);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0.0 : (double)part / whole;
}
