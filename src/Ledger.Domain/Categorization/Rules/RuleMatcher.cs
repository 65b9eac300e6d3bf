namespace Ledger.Domain.Categorization.Rules;

/// <summary>
/// Picks the one rule that applies to a transaction. The most specific rule wins so a narrow exception
/// ("Amazon over 1,000 → Equipment") overrides the vendor's general rule. Ties are broken so the answer
/// never depends on the order rules were loaded: Admin before Promoted (a person said so), then the
/// narrower amount range, then the newer version, then the smaller Id.
/// </summary>
public static class RuleMatcher
{
    public static VendorRule? Match(IEnumerable<VendorRule> activeRules, string vendorKey, decimal amount) =>
        activeRules
            .Where(r => r.Matches(vendorKey, amount))
            .OrderByDescending(r => r.Specificity)
            .ThenBy(r => r.Origin == RuleOrigin.Admin ? 0 : 1)
            .ThenBy(r => RangeWidth(r))
            .ThenByDescending(r => r.Version)
            .ThenBy(r => r.Id)
            .FirstOrDefault();

    // An open-ended range is wider than any closed one.
    private static decimal RangeWidth(VendorRule r) =>
        r is { MinAmount: { } min, MaxAmount: { } max } ? max - min : decimal.MaxValue;
}
