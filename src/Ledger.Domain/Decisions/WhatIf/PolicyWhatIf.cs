using Ledger.Domain.Decisions.Earned;

namespace Ledger.Domain.Decisions.WhatIf;

/// <summary>
/// What a policy would have done over recorded decisions. Automation counts "would auto-post" (the opt-in aside, as the
/// shadow report does); precision is over those with a final answer, with a two-sided 95% Clopper-Pearson interval
/// (each side the earned threshold's exact bound, <see cref="ErrorBound"/>, at 97.5%).
/// </summary>
/// <param name="WrongPosts">Transactions it would have posted that the final answer booked elsewhere.</param>
/// <param name="Reasons">Why the others would not have posted (a decision can have several reasons).</param>
/// <param name="Accuracy">Proposals agreeing with the final answer over every answered decision (the shadow report's accuracy).</param>
public sealed record PolicyFigures(double Threshold, int ColdStartMinLabels, int Decisions, int Posts, double Automation, int PostsAnswered, int Wrong,
    double? Precision, double? PrecisionLow, double? PrecisionHigh, IReadOnlyList<string> WrongPosts, IReadOnlyDictionary<string, int> Reasons,
    int Answered, double? Accuracy);

public sealed record CurvePoint(double Threshold, int Posts, double Automation, int Wrong, double? Precision, double? PrecisionLow);

/// <summary>The proposed policy and the policy in force side by side, and the curve over thresholds (cold-start minimum as proposed).</summary>
public sealed record WhatIfResult(PolicyFigures Proposed, PolicyFigures InForce, IReadOnlyList<CurvePoint> Curve);

public static class PolicyWhatIf
{
    /// <summary>Thresholds of the curve: 0.50 to 0.99 by 0.01, the range an operator chooses in.</summary>
    public static readonly IReadOnlyList<double> CurveThresholds = Enumerable.Range(50, 50).Select(i => i / 100.0).ToList();

    public static WhatIfResult Compare(IReadOnlyList<RecordedDecision> decisions, PolicyProposal inForce, PolicyProposal proposed)
    {
        var curve = CurveThresholds.Select(t => Replay(decisions, proposed with { Threshold = t }) is var f
            ? new CurvePoint(t, f.Posts, f.Automation, f.Wrong, f.Precision, f.PrecisionLow) : null!).ToList();
        return new WhatIfResult(Replay(decisions, proposed), Replay(decisions, inForce), curve);
    }

    public static PolicyFigures Replay(IReadOnlyList<RecordedDecision> decisions, PolicyProposal policy)
    {
        var decided = decisions.Select(d => (d, Decision: d.Under(policy.Apply(d.Inputs.Policy)))).ToList();
        var posts = decided.Where(x => x.Decision.WouldAutoPost).Select(x => x.d).ToList();
        var answered = posts.Where(d => d.Final is not null).ToList();
        var wrong = answered.Where(d => d.Final != d.Proposed).Select(d => d.TransactionId).ToList();
        var reasons = decided.Where(x => !x.Decision.WouldAutoPost).SelectMany(x => x.Decision.Reasons.Where(r => r != ReasonCode.AutopostDisabled))
            .GroupBy(r => r, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var all = decisions.Where(d => d.Final is not null).ToList();
        var (low, high) = Interval(answered.Count - wrong.Count, answered.Count);
        var shown = policy.Apply(decisions.FirstOrDefault()?.Inputs.Policy ?? new TenantPolicy(double.NaN, 0, false, 0));
        return new PolicyFigures(shown.AutopostThreshold, shown.ColdStartMinLabels, decisions.Count, posts.Count, Share(posts.Count, decisions.Count),
            answered.Count, wrong.Count, answered.Count == 0 ? null : Share(answered.Count - wrong.Count, answered.Count), low, high, wrong, reasons,
            all.Count, all.Count == 0 ? null : Share(all.Count(d => d.Final == d.Proposed), all.Count));
    }

    /// <summary>Two-sided 95%: each bound is the exact one-sided bound at 97.5% (upper on the right share, upper on the wrong share).</summary>
    public static (double? Low, double? High) Interval(int right, int n) =>
        n == 0 ? (null, null) : (1 - ErrorBound.Upper(n - right, n, 0.975), ErrorBound.Upper(right, n, 0.975));

    static double Share(int k, int n) => n == 0 ? 0 : (double)k / n;
}
