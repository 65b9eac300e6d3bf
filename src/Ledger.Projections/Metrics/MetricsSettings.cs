using Ledger.Domain.Metrics;
using NodaTime;

namespace Ledger.Projections.Metrics;

/// <summary>
/// How long an auto-posted entry may still be reversed before it counts as a final answer (Ledger:Metrics:CorrectionWindowDays,
/// default 14). The projection and the window queries must use the same value; changing it needs a MetricsDaily rebuild.
/// </summary>
public sealed record MetricsSettings(Duration CorrectionWindow)
{
    public static MetricsSettings Default { get; } = new(OutcomeHistory.DefaultCorrectionWindow);
}
