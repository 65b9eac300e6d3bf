using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Categorization;

/// <summary>
/// Every vendor's labels as the cascade reads them: the all-time tally, the last <see cref="Kept"/> accounts and the last
/// <see cref="Kept"/> labels with their amounts. The same shape as the production read model (VendorStats), kept in
/// memory for replays, so a replay asks the cascade exactly what production would.
/// </summary>
public sealed class VendorLabelMemory
{
    public const int Kept = 20;

    private readonly Dictionary<string, (Dictionary<string, int> Counts, List<string> Recent, List<VendorLabel> Labels)> _vendors = new(StringComparer.Ordinal);
    // Every similar key shares the first token (SimilarVendors.Lead), so the lookup reads one short list, not every vendor.
    private readonly Dictionary<string, List<string>> _byLead = new(StringComparer.Ordinal);

    public void Learn(string vendorKey, string account, decimal amount)
    {
        if (!_vendors.TryGetValue(vendorKey, out var v))
        {
            _vendors[vendorKey] = v = (new(StringComparer.Ordinal), [], []);
            var lead = SimilarVendors.Lead(vendorKey);
            if (!_byLead.TryGetValue(lead, out var keys)) _byLead[lead] = keys = [];
            keys.Add(vendorKey);
        }
        v.Counts[account] = v.Counts.GetValueOrDefault(account) + 1;
        Keep(v.Recent, account);
        Keep(v.Labels, new VendorLabel(account, amount));
    }

    public VendorLabelStats? Stats(string vendorKey) =>
        _vendors.TryGetValue(vendorKey, out var v)
            ? new VendorLabelStats(vendorKey, new Dictionary<string, int>(v.Counts, StringComparer.Ordinal), v.Recent.ToList()) { Labels = v.Labels.ToList() }
            : null;

    /// <summary>The stats of the labelled vendor <paramref name="vendorKey"/> is a variant of (<see cref="SimilarVendors.Best"/>), if any.</summary>
    public VendorLabelStats? Similar(string vendorKey) =>
        _byLead.TryGetValue(SimilarVendors.Lead(vendorKey), out var keys)
        && SimilarVendors.Best(vendorKey, keys.Select(k => (k, _vendors[k].Counts.Values.Sum()))) is { } similar
            ? Stats(similar)
            : null;

    /// <summary>Appends and drops the oldest past <see cref="Kept"/> (the read model does the same).</summary>
    public static void Keep<T>(List<T> list, T item)
    {
        list.Add(item);
        if (list.Count > Kept) list.RemoveAt(0);
    }
}
