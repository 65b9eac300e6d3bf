namespace Ledger.Domain.Categorization.Rules;

/// <summary>
/// Decides when labels turn into a rule and when a rule has stopped matching reality. Both decisions look
/// only at the most recent labels so the ledger follows a vendor whose category genuinely changed.
/// </summary>
public static class RulePromotion
{
    public const int DefaultContradictionsToRetire = 2;

    /// <param name="minConsistentLabels">N: the last N labels must all name the same account to promote.</param>
    /// <param name="existingRule">The vendor's active rule, if any (the one <see cref="RuleMatcher"/> would pick without amount conditions).</param>
    /// <param name="contradictionsToRetire">K: the last K labels all disagreeing with the rule retires it.</param>
    public static RuleChange? Decide(
        VendorLabelStats stats, int minConsistentLabels, VendorRule? existingRule,
        int contradictionsToRetire = DefaultContradictionsToRetire)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minConsistentLabels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(contradictionsToRetire, 1);
        var recent = stats.RecentLabels;

        if (existingRule is not null)
        {
            // Retire only on a run of contradictions: one stray correction is noise, a streak is a change.
            var tail = Last(recent, contradictionsToRetire);
            if (tail.Count == contradictionsToRetire && tail.All(label => label != existingRule.AccountCode))
                return new RuleChange.Retire(
                    existingRule.Id,
                    $"last {contradictionsToRetire} labels for {stats.VendorKey} were {string.Join(", ", tail)}, not rule account {existingRule.AccountCode}",
                    tail);
            return null; // an active rule exists: nothing to promote
        }

        var run = Last(recent, minConsistentLabels);
        if (run.Count < minConsistentLabels) return null;
        var account = run[0];
        return run.All(label => label == account) ? new RuleChange.Promote(stats.VendorKey, account, run) : null;
    }

    private static IReadOnlyList<string> Last(IReadOnlyList<string> labels, int n) =>
        labels.Skip(Math.Max(0, labels.Count - n)).ToList();
}
