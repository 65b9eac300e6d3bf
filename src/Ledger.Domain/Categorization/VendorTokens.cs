using System.Text.RegularExpressions;

namespace Ledger.Domain.Categorization;

/// <summary>The token pipeline for one description segment: clean, split, drop prefixes, legal forms and locations.</summary>
internal static class VendorTokens
{
    private static readonly Regex NonAlphanumeric = new(@"[^A-Z0-9]+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Legal forms end the trading name; what follows is usually an address or a memo.
    private static readonly HashSet<string> LegalForms =
        ["INC", "LLC", "LTD", "LIMITED", "GMBH", "AG", "CORP", "CORPORATION", "PLC", "CO", "BV", "NV"];

    /// <param name="variants">Cascade generation 6 on (<see cref="VendorKey.VariantsFrom"/>).</param>
    public static List<string> Core(string segment, bool allowEmptyAfterPrefixes, bool variants = true)
    {
        var raw = NonAlphanumeric.Split(VendorNoise.Clean(segment, variants)).Where(t => t.Length > 0).ToList();
        if (VendorAliases.IsCardPaymentThankYou(raw)) return ["CARD", "PAYMENT"];
        if (variants) VendorLocations.CutAtStoreNumber(raw);

        var tokens = raw.Where((t, i) => !VendorNoise.IsNoiseToken(t, i, variants)).ToList();
        var stripped = VendorPrefixes.Strip(tokens);
        if (stripped.Count == 0 && !allowEmptyAfterPrefixes) stripped = tokens;

        var legal = stripped.Count > 1 ? stripped.FindIndex(1, t => LegalForms.Contains(t)) : -1;
        // Generation 6: a last "NV" or "CO" is Nevada or Colorado ("WHCC SPARKS NV"), for the location rules to remove with its city.
        if (variants && legal > 0 && legal == stripped.Count - 1 && VendorLocations.IsState(stripped[legal])) legal = -1;
        if (legal > 0) stripped = stripped[..legal];

        // A known brand is recognised before location stripping, which could mistake "EATS CA" for a city.
        if (VendorAliases.Leading(stripped) is { } alias) return [.. alias.ToUpperInvariant().Split('-')];
        VendorLocations.StripTrailing(stripped, variants);
        return stripped;
    }
}
