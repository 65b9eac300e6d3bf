namespace Ledger.Domain.Categorization;

/// <summary>
/// Words banks and processors put before the merchant name. They say how the money moved, not to whom,
/// so two card swipes at the same shop through different rails must not become two vendors.
/// </summary>
internal static class VendorPrefixes
{
    // Longest first so "POS PURCHASE" wins over "POS".
    private static readonly string[][] Prefixes = new[]
    {
        "PURCHASE AUTHORIZED ON", "DEBIT CARD PURCHASE", "DEBIT CARD", "DEBIT PURCHASE", "CHECK CARD", "CHECKCARD",
        "CARD PURCHASE", "POS PURCHASE", "POS DEBIT", "POS WITHDRAWAL", "POS", "ACH DEBIT", "ACH CREDIT", "ACH",
        "RECURRING PAYMENT", "RECURRING", "VISA PURCHASE", "VISA", "ONLINE PAYMENT TO", "ONLINE PAYMENT", "PAYMENT TO", "BILL PAYMENT", "BILL PAY",
        "ELECTRONIC DEPOSIT", "ELECTRONIC PAYMENT", "ELECTRONIC WITHDRAWAL", "PREAUTHORIZED DEBIT", "PURCHASE",
        "KARTENZAHLUNG", "INTERNET UBERWEISUNG", "REFUND", "SQ", "TST",
    }
    .Select(p => p.Split(' '))
    .OrderByDescending(p => p.Length)
    .ToArray();

    /// <summary>Removes prefixes repeatedly ("RECURRING POS PURCHASE X" → "X"); may return an empty list.</summary>
    public static List<string> Strip(List<string> tokens)
    {
        var start = 0;
        bool removed;
        do
        {
            removed = false;
            foreach (var prefix in Prefixes)
            {
                if (start + prefix.Length > tokens.Count) continue;
                if (!WordsAt(tokens, start, prefix)) continue;
                start += prefix.Length;
                removed = true;
                break;
            }
        } while (removed);
        return tokens[start..];
    }

    /// <summary>Whether <paramref name="words"/> appear in <paramref name="tokens"/> from <paramref name="offset"/> on (a hot path: no LINQ).</summary>
    internal static bool WordsAt(List<string> tokens, int offset, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
            if (!string.Equals(tokens[offset + i], words[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
