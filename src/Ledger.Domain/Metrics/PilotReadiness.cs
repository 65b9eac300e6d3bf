namespace Ledger.Domain.Metrics;

/// <summary>Thresholds of the pilot stages; the defaults are the pilot plan's numbers.</summary>
public sealed record PilotOptions(
    double MinAutomation = 0.85, double MaxBrier = 0.15, double HighP = 0.90, double MinHighPAccuracy = 0.90,
    double MinReconciled = 0.95, double TargetPrecision = 0.99, double DriftTolerance = 0.05);

/// <summary>What drift compares between the recent window and the one before it.</summary>
public sealed record DriftWindow(double Accuracy, double Ece, double NewVendorShare);

/// <param name="Outcomes">Every decision of the period with a final answer: calibrated p and whether the proposal was right.</param>
/// <param name="Reconciled">
/// Bank lines of the period whose account was reconciled to a zero difference on a statement date covering them
/// (<see cref="Ledger.Domain.Reconciliation.ReconciledLines"/>); until issue #20 this counted lines reviewed or posted.
/// </param>
public sealed record PilotInputs(
    MetricsSummary Summary, int JeImbalance, IReadOnlyList<(double P, bool Correct)> Outcomes, int Transactions, int Reconciled,
    DriftWindow? Recent = null, DriftWindow? Previous = null);

public sealed record StageCheck(string Stage, bool Passed, IReadOnlyList<string> Findings);

public sealed record PilotVerdict(string MayMoveTo, StageCheck P1, StageCheck P2, double? RecommendedThreshold, IReadOnlyList<string> Drift);

/// <summary>
/// Pilot stages: shadow → assisted (P1: the gates would automate enough, the books balance, p is calibrated) →
/// auto-post (P2: high-confidence proposals are right and the period is reconciled). A tenant moves one stage at a time,
/// so P2 only counts once P1 passes.
/// </summary>
public static class PilotReadiness
{
    public static PilotVerdict Evaluate(PilotInputs i, PilotOptions? options = null)
    {
        var o = options ?? new PilotOptions();
        var s = i.Summary;
        var p1 = Check("P1 shadow", [
            (s.AutomationRate >= o.MinAutomation, $"automation {s.AutomationRate:P1} (need ≥ {o.MinAutomation:P0})"),
            (i.JeImbalance == 0, $"unbalanced entries {i.JeImbalance} (need 0)"),
            (s.BrierN > 0 && s.Brier <= o.MaxBrier, $"Brier {s.Brier:F3} over {s.BrierN} answers (need ≤ {o.MaxBrier:F2})"),
        ]);
        var high = i.Outcomes.Where(x => x.P >= o.HighP).ToList();
        var highAcc = high.Count == 0 ? 0.0 : (double)high.Count(x => x.Correct) / high.Count;
        var reconciled = i.Transactions == 0 ? 0.0 : (double)i.Reconciled / i.Transactions;
        var p2 = Check("P2 assisted", [
            (high.Count > 0 && highAcc >= o.MinHighPAccuracy, $"{highAcc:P1} right of {high.Count} decisions at p ≥ {o.HighP:F2} (need ≥ {o.MinHighPAccuracy:P0})"),
            (reconciled >= o.MinReconciled, $"reconciled {reconciled:P1} of {i.Transactions} bank lines (account reconciled to 0.00 on a statement covering them; need ≥ {o.MinReconciled:P0})"),
        ]);
        var next = !p1.Passed ? "shadow (stay)" : !p2.Passed ? "assisted" : "autopost";
        return new PilotVerdict(next, p1, p2, RecommendThreshold(i.Outcomes, o.TargetPrecision), Drift(i.Recent, i.Previous, o.DriftTolerance));
    }

    /// <summary>
    /// The lowest threshold t (among the observed p values) such that the decisions at p ≥ t were right at least
    /// <paramref name="targetPrecision"/> of the time; null when no threshold reaches it.
    /// </summary>
    public static double? RecommendThreshold(IReadOnlyList<(double P, bool Correct)> outcomes, double targetPrecision)
    {
        double? best = null;
        int n = 0, right = 0;
        foreach (var group in outcomes.GroupBy(x => x.P).OrderByDescending(g => g.Key))
        {
            n += group.Count();
            right += group.Count(x => x.Correct);
            if ((double)right / n >= targetPrecision) best = group.Key;
        }
        return best;
    }

    public static IReadOnlyList<string> Drift(DriftWindow? recent, DriftWindow? previous, double tolerance)
    {
        if (recent is null || previous is null) return [];
        var flags = new List<string>();
        if (previous.Accuracy - recent.Accuracy > tolerance) flags.Add($"accuracy fell {previous.Accuracy:P1} → {recent.Accuracy:P1}");
        if (recent.Ece - previous.Ece > tolerance) flags.Add($"calibration error rose {previous.Ece:F3} → {recent.Ece:F3}");
        if (recent.NewVendorShare - previous.NewVendorShare > tolerance) flags.Add($"new-vendor share rose {previous.NewVendorShare:P1} → {recent.NewVendorShare:P1}");
        return flags;
    }

    static StageCheck Check(string stage, (bool Ok, string Finding)[] checks) =>
        new(stage, checks.All(c => c.Ok), checks.Select(c => (c.Ok ? "pass: " : "FAIL: ") + c.Finding).ToList());
}
