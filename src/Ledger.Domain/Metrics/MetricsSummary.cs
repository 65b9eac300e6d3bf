using Ledger.Domain.Calibration;

namespace Ledger.Domain.Metrics;

/// <summary>
/// Rates over a window of <see cref="MetricsDay"/>s. Every rate is 0 when its denominator is 0, and the
/// matching N says whether that 0 means "nothing happened" (N = 0) or a real zero.
/// </summary>
/// <param name="PopulationN">Decisions in the window (denominator of the two automation rates).</param>
/// <param name="AutomationRate">WouldAutoPost / Decided: what the gates would automate, opt-in aside.</param>
/// <param name="AutoPostRate">AutoPosted / Decided: what was actually automated.</param>
/// <param name="AccuracyN">FinalAnswered.</param>
/// <param name="Accuracy">CorrectFinal / FinalAnswered.</param>
/// <param name="AutoPostPrecisionN">AutoPostedFinal.</param>
/// <param name="AutoPostPrecision">AutoPostedCorrect / AutoPostedFinal.</param>
/// <param name="BrierN">BrierCount.</param>
/// <param name="Brier">BrierSum / BrierCount.</param>
/// <param name="Ece">Expected calibration error of the summed bins.</param>
/// <param name="Reasons">Reason counts, ordered by reason code for stable output.</param>
public sealed record MetricsSummary(
    int Days,
    int PopulationN,
    double AutomationRate,
    double AutoPostRate,
    int AccuracyN,
    double Accuracy,
    int AutoPostPrecisionN,
    double AutoPostPrecision,
    int BrierN,
    double Brier,
    double Ece,
    IReadOnlyList<EceBin> EceBins,
    IReadOnlyDictionary<string, int> Reasons,
    int Reviewed,
    int Corrected,
    decimal LlmSpendUsd);
