namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// A stand-in for the rules step: remembers every posted account per vendor key and answers only for a
/// vendor whose past labels all agree. One contradiction (an amount-dependent vendor, a mis-posting)
/// silences it for good, because a rule that was wrong once cannot be trusted to auto-post.
/// </summary>
public sealed class VendorMemory(int minLabels)
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = new(StringComparer.Ordinal);

    public void Learn(string rawDescription, string account)
    {
        var key = VendorKey.Normalize(rawDescription);
        if (!_counts.TryGetValue(key, out var accounts)) _counts[key] = accounts = new(StringComparer.Ordinal);
        accounts[account] = accounts.GetValueOrDefault(account) + 1;
    }

    /// <summary>
    /// The vendor's only account with its smoothed frequency (n+1)/(n+2): Laplace's rule of succession,
    /// because n agreeing labels out of n do not prove the next one agrees. Calibration corrects it further.
    /// </summary>
    public (string Account, double RawProbability)? Recall(string rawDescription)
    {
        if (!_counts.TryGetValue(VendorKey.Normalize(rawDescription), out var accounts) || accounts.Count != 1) return null;
        var (account, n) = accounts.Single();
        return n < minLabels ? null : (account, (n + 1.0) / (n + 2.0));
    }
}
