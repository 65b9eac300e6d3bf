using Ledger.Domain.Calibration;
using NodaTime;

namespace Ledger.Domain.Metrics;

/// <summary>
/// One tenant-day of decision metrics, stored as counts and sums only (never rates) so any window is the
/// plain sum of its days. "Final" counts are transactions whose correct account is known (auto-posted and
/// not corrected within the review window, or reviewed by a human).
/// </summary>
/// <param name="Decided">Transactions the gates evaluated.</param>
/// <param name="WouldAutoPost">Gates all passed, ignoring the tenant's opt-in (shadow mode).</param>
/// <param name="AutoPosted">Actually posted without a human.</param>
/// <param name="Reviewed">Went through the review queue.</param>
/// <param name="Corrected">A human changed the proposed account.</param>
/// <param name="FinalAnswered">Decisions whose final account is known.</param>
/// <param name="CorrectFinal">Of those, the proposed account was the final one.</param>
/// <param name="AutoPostedFinal">Auto-posted decisions whose final account is known.</param>
/// <param name="AutoPostedCorrect">Of those, not corrected afterwards.</param>
/// <param name="ReasonCounts">Occurrences of each <see cref="Decisions.ReasonCode"/>; one decision can add to several.</param>
/// <param name="BrierSum">Σ (p − y)² over decisions with a known outcome.</param>
/// <param name="BrierCount">Number of terms in <paramref name="BrierSum"/>.</param>
/// <param name="EceBins">Calibration bins for the same outcomes; empty when the day had none.</param>
/// <param name="LlmSpendUsd">Model spend attributed to the day.</param>
public sealed record MetricsDay(
    LocalDate Day,
    int Decided,
    int WouldAutoPost,
    int AutoPosted,
    int Reviewed,
    int Corrected,
    int FinalAnswered,
    int CorrectFinal,
    int AutoPostedFinal,
    int AutoPostedCorrect,
    IReadOnlyDictionary<string, int> ReasonCounts,
    double BrierSum,
    int BrierCount,
    IReadOnlyList<EceBin> EceBins,
    decimal LlmSpendUsd)
{
    public static MetricsDay Empty(LocalDate day) =>
        new(day, 0, 0, 0, 0, 0, 0, 0, 0, 0, new Dictionary<string, int>(), 0.0, 0, [], 0m);
}
