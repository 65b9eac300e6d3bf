namespace Ledger.Domain.Decisions;

/// <summary>
/// The tenant's auto-posting knobs. <paramref name="Version"/> is recorded on every decision so an auditor
/// can tell which policy a decision was made under. The threshold is a double because it is compared with a
/// calibrated probability, which is a double; keeping one numeric type avoids conversion-boundary surprises.
/// </summary>
public sealed record TenantPolicy(double AutopostThreshold, int ColdStartMinLabels, bool AutopostEnabled, int Version);
