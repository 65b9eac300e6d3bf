namespace Ledger.Domain.Categorization.Rules;

/// <summary>
/// What people have labelled a vendor's transactions as. <paramref name="RecentLabels"/> holds account
/// codes, oldest first and newest last; <paramref name="LabelsByAccount"/> is the all-time tally (kept for
/// explanations; promotion only looks at the recent run because old habits should not block a new one).
/// </summary>
public sealed record VendorLabelStats(
    string VendorKey,
    IReadOnlyDictionary<string, int> LabelsByAccount,
    IReadOnlyList<string> RecentLabels);
