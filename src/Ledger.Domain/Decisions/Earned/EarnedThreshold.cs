using System.Globalization;

namespace Ledger.Domain.Decisions.Earned;

/// <summary>One reviewed proposal as the threshold sees it: its calibrated p, and whether the reviewer's answer counts against it.</summary>
public readonly record struct ScoredOutcome(double P, bool Error);

/// <summary>
/// What one source earned: the lowest threshold (never below the floor) whose auto-posted set, on the tenant's own
/// reviewed outcomes, has an upper 95% bound on its error rate of at most <see cref="EarnedThresholds.MaxErrorRate"/>;
/// null when none does. The evidence is the numbers at that threshold (or, without one, at the floor).
/// </summary>
public sealed record SourceThreshold(string Source, double? Threshold, int Outcomes, int Above, int ErrorsAbove, double UpperBound)
{
    public string Describe() => Threshold is { } t
        ? string.Create(CultureInfo.InvariantCulture, $"{Source}: {t:0.####} ({ErrorsAbove} errors in {Above} of {Outcomes} outcomes, bound {UpperBound:P2})")
        : string.Create(CultureInfo.InvariantCulture, $"{Source}: none earned ({ErrorsAbove} errors in {Above} of {Outcomes} outcomes at the floor, bound {UpperBound:P2})");
}

public static class EarnedThresholds
{
    public const double MaxErrorRate = 0.005, Confidence = 0.95;

    /// <summary>
    /// Scans every distinct p at or above <paramref name="floor"/>, highest first, counting the outcomes at or above it and
    /// their errors, and keeps the lowest p whose bound holds. Lower thresholds post more, so the lowest that still holds wins.
    /// </summary>
    public static SourceThreshold Choose(string source, IReadOnlyList<ScoredOutcome> outcomes, double floor,
        double maxErrorRate = MaxErrorRate, double confidence = Confidence)
    {
        var eligible = outcomes.Where(o => o.P >= floor).OrderByDescending(o => o.P).ToList();
        SourceThreshold? best = null;
        var (above, errors) = (0, 0);
        for (var i = 0; i < eligible.Count; i++)
        {
            above++;
            if (eligible[i].Error) errors++;
            if (i + 1 < eligible.Count && eligible[i + 1].P == eligible[i].P) continue; // a threshold takes every outcome at its p
            var bound = ErrorBound.Upper(errors, above, confidence);
            if (bound <= maxErrorRate) best = new SourceThreshold(source, eligible[i].P, outcomes.Count, above, errors, bound);
        }
        return best ?? new SourceThreshold(source, null, outcomes.Count, above, errors, ErrorBound.Upper(errors, above, confidence));
    }
}
