using Ledger.Domain.Categorization;

namespace Ledger.Domain.Receipts.Matching;

/// <summary>
/// How alike a receipt's merchant and a bank payee are, 0..1, compared as vendor keys (the normaliser every label, rule and
/// statistic uses), so "The Home Depot" on paper and "THE HOME DEPOT #4521 AUSTIN TX" on the card statement meet.
/// </summary>
public static class VendorSimilarity
{
    public static (double Similarity, string ReceiptKey, string BankKey) Of(string merchant, string payee)
    {
        var a = VendorKey.Normalize(merchant);
        var b = VendorKey.Normalize(payee);
        if (a == VendorKey.Unknown || b == VendorKey.Unknown) return (0, a, b);
        if (a == b) return (1, a, b);
        // Spacing differs between a printed name and a feed ("homedepot" / "home-depot"): one inside the other counts almost fully.
        var flatA = a.Replace("-", "");
        var flatB = b.Replace("-", "");
        if (flatA.Length >= 4 && flatB.Length >= 4 && (flatA.Contains(flatB, StringComparison.Ordinal) || flatB.Contains(flatA, StringComparison.Ordinal)))
            return (0.9, a, b);
        var ta = a.Split('-').Where(t => t.Length > 1).ToHashSet();
        var tb = b.Split('-').Where(t => t.Length > 1).ToHashSet();
        if (ta.Count == 0 || tb.Count == 0) return (0, a, b);
        var shared = ta.Count(t => tb.Contains(t) || tb.Any(u => Prefixes(t, u)));
        // Shared words over the shorter name: a receipt's "Torchy's Tacos" is all there in "torchys-tacos-austin".
        return ((double)shared / Math.Min(ta.Count, tb.Count) * 0.8, a, b);
    }

    // Feeds cut names short ("VERACRUZ ALL NATURA"): a word that begins the other, 4 letters or more, is the same word.
    static bool Prefixes(string x, string y) =>
        Math.Min(x.Length, y.Length) >= 4 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
}
