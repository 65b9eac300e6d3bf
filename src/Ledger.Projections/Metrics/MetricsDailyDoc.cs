using System.Globalization;
using Ledger.Domain.Metrics;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Projections.Metrics;

/// <summary>
/// One tenant-day (UTC date of the decision) of decision metrics: counts and sums only, so any window is the sum of
/// its days. Outcomes are kept on the day of the proposal they judge, however late the answer came.
/// </summary>
public sealed class MetricsDailyDoc
{
    public string Id { get; set; } = "";
    public int Decided { get; set; }
    public int WouldAutoPost { get; set; }
    public int AutoPosted { get; set; }
    public int Queued { get; set; }
    public int JeImbalanced { get; set; }
    public Dictionary<string, int> ReasonCounts { get; set; } = [];
    public decimal LlmSpendUsd { get; set; }
    /// <summary>Reviewer answers: final as soon as they arrive.</summary>
    public OutcomeSums Answered { get; set; } = new();
    /// <summary>Auto-posted, not reversed (yet) and not reviewed: final once the correction window has passed.</summary>
    public OutcomeSums Presumed { get; set; } = new();

    public static string KeyFor(LocalDate day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string KeyFor(Instant at) => KeyFor(at.InUtc().Date);
    public LocalDate Day => LocalDatePattern.Iso.Parse(Id).Value;

    /// <summary>
    /// Presumed outcomes count as final when the correction window has passed since the END of the day (day granularity
    /// keeps it a pure function of the stored sums and <paramref name="now"/>: the same answer before and after a rebuild).
    /// </summary>
    public bool PresumedAreFinal(Instant now, Duration correctionWindow) =>
        now >= Day.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() + correctionWindow;

    public MetricsDay ToMetricsDay(Instant now, Duration correctionWindow)
    {
        var final = PresumedAreFinal(now, correctionWindow) ? OutcomeSums.Plus(Answered, Presumed) : Answered;
        return new MetricsDay(Day, Decided, WouldAutoPost, AutoPosted,
            Reviewed: Answered.Count, Corrected: Answered.Count - Answered.Correct,
            FinalAnswered: final.Count, CorrectFinal: final.Correct, AutoPostedFinal: final.AutoPosted, AutoPostedCorrect: final.AutoPostedCorrect,
            ReasonCounts: ReasonCounts, BrierSum: final.BrierSum, BrierCount: final.Count,
            EceBins: final.Count == 0 ? [] : final.Bins(), LlmSpendUsd: LlmSpendUsd);
    }
}
