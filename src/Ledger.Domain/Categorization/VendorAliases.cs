namespace Ledger.Domain.Categorization;

/// <summary>
/// Vendors whose descriptions differ by more than noise ("AMZN MKTP US", "AMAZON.COM", "AMAZON MARKETPLACE")
/// map to one key, so a rule learned from one spelling applies to all. Keep this list short and obvious:
/// a wrong alias silently merges two vendors' rules.
/// </summary>
internal static class VendorAliases
{
    private static readonly (string[] Lead, string Key)[] LeadingAliases = new (string, string)[]
    {
        ("AMAZON WEB SERVICES", "amazon-web-services"), ("AWS", "amazon-web-services"),
        ("AMAZON PRIME", "amazon-prime"), ("AMZN PRIME", "amazon-prime"), ("PRIME VIDEO", "amazon-prime"),
        ("AMZN", "amazon-marketplace"), ("AMAZON", "amazon-marketplace"),
        ("GUSTO", "gusto-payroll"),
        ("WAL MART", "walmart"), ("WALMART", "walmart"), ("WM SUPERCENTER", "walmart"),
        ("COSTCO", "costco"),
        ("UBER EATS", "uber-eats"), ("UBER", "uber"),
        ("LYFT", "lyft"), ("NETFLIX", "netflix"),
    }
    .Select(a => (a.Item1.Split(' '), a.Item2))
    .OrderByDescending(a => a.Item1.Length)
    .ToArray();

    // Licensees and franchise operators put their own name first: "AMREST STARBUCKS".
    private static readonly Dictionary<string, string> AnywhereAliases = new() { ["STARBUCKS"] = "starbucks" };

    /// <summary>Card statement payment lines read a dozen ways but are all the same thing.</summary>
    public static bool IsCardPaymentThankYou(IReadOnlyList<string> tokens) =>
        tokens.Contains("THANK") && tokens.Any(t => t is "PAYMENT" or "PAIEMENT" or "PYMT" or "PMT");

    public static string? Leading(IReadOnlyList<string> tokens)
    {
        foreach (var (lead, key) in LeadingAliases)
            if (tokens.Count >= lead.Length && lead.Select((w, i) => tokens[i] == w).All(x => x)) return key;
        return null;
    }

    public static string Finish(IReadOnlyList<string> tokens)
    {
        if (Leading(tokens) is { } leading) return leading;
        foreach (var token in tokens)
            if (AnywhereAliases.TryGetValue(token, out var key)) return key;
        return string.Join('-', tokens).ToLowerInvariant();
    }
}
