using NodaTime;

namespace Ledger.Domain.Categorization.Rules;

/// <summary>The categorizer events that reviewers' latest labels call for, vendor by vendor (<see cref="RulePromotion"/>).</summary>
public static class RuleChanges
{
    /// <param name="newRuleId">Draws a promoted rule's id (the caller's, so this stays a pure function).</param>
    public static IReadOnlyList<object> For(IEnumerable<VendorLabelStats> vendors, IReadOnlyList<VendorRule> activeRules, int minConsistentLabels,
        Func<Guid> newRuleId, Instant now)
    {
        var events = new List<object>();
        foreach (var stats in vendors)
        {
            // Amount-bounded rules are narrow exceptions; promotion competes only with the vendor's general rule.
            var general = RuleMatcher.Match(activeRules.Where(r => r.Specificity == 0), stats.VendorKey, 0m);
            switch (RulePromotion.Decide(stats, minConsistentLabels, general))
            {
                case RuleChange.Promote p:
                    events.Add(new RulePromoted(new VendorRule(newRuleId(), p.VendorKey, p.AccountCode, null, null, null, RuleOrigin.Promoted, 1), p.BasedOnLabels, now));
                    break;
                case RuleChange.Retire r:
                    events.Add(new RuleRetired(r.RuleId, stats.VendorKey, r.Reason, r.ContradictingLabels, now));
                    break;
            }
        }
        return events;
    }
}
