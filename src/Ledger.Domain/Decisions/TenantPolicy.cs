namespace Ledger.Domain.Decisions;

/// <summary>
/// The tenant's auto-posting knobs. <paramref name="Version"/> is recorded on every decision so an auditor
/// can tell which policy a decision was made under. The threshold is a double because it is compared with a
/// calibrated probability, which is a double; keeping one numeric type avoids conversion-boundary surprises.
/// </summary>
public sealed record TenantPolicy(double AutopostThreshold, int ColdStartMinLabels, bool AutopostEnabled, int Version)
{
    /// <summary>
    /// The thresholds the tenant earned per proposal source (<c>AutopostThresholdEarned</c>), present only once an operator
    /// opted in; a source without one keeps <see cref="AutopostThreshold"/>. Null in every decision recorded before.
    /// </summary>
    public IReadOnlyList<EarnedThreshold>? EarnedThresholds { get; init; }

    /// <summary>The threshold a proposal of <paramref name="source"/> must reach, and whether it was earned.</summary>
    public (double Threshold, bool Earned) ThresholdFor(string? source) =>
        EarnedThresholds?.FirstOrDefault(t => t.Source == source) is { } e ? (e.Threshold, true) : (AutopostThreshold, false);

    public bool Equals(TenantPolicy? other) =>
        other is not null && AutopostThreshold.Equals(other.AutopostThreshold) && ColdStartMinLabels == other.ColdStartMinLabels
        && AutopostEnabled == other.AutopostEnabled && Version == other.Version
        && (EarnedThresholds ?? []).SequenceEqual(other.EarnedThresholds ?? []);

    public override int GetHashCode() => HashCode.Combine(AutopostThreshold, ColdStartMinLabels, AutopostEnabled, Version, EarnedThresholds?.Count ?? 0);
}

/// <summary>A threshold earned by one proposal source on the tenant's own reviewed outcomes.</summary>
public sealed record EarnedThreshold(string Source, double Threshold);
