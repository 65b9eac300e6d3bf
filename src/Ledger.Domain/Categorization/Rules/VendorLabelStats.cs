namespace Ledger.Domain.Categorization.Rules;

/// <summary>
/// What people have labelled a vendor's transactions as. <paramref name="RecentLabels"/> holds account
/// codes, oldest first and newest last; <paramref name="LabelsByAccount"/> is the all-time tally (kept for
/// explanations; promotion only looks at the recent run because old habits should not block a new one).
/// </summary>
public sealed record VendorLabelStats(
    string VendorKey,
    IReadOnlyDictionary<string, int> LabelsByAccount,
    IReadOnlyList<string> RecentLabels)
{
    /// <summary>
    /// The most recent labels with their amounts, oldest first (the history step conditions on amount, direction and
    /// recency with them); null where only the tally is known (proposals recorded before amounts were kept).
    /// </summary>
    public IReadOnlyList<VendorLabel>? Labels { get; init; }
}

/// <summary>One label of a vendor: the account and the signed bank amount it was given for.</summary>
public sealed record VendorLabel(string AccountCode, decimal Amount);
