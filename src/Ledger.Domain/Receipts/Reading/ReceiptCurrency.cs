using System.Text.RegularExpressions;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>
/// A receipt's currency: an ISO code on it is trusted, a symbol less so ("$" is taken as USD but could be CAD or AUD, so the
/// matcher does not refuse a line over it).
/// </summary>
public static partial class ReceiptCurrency
{
    /// <summary>Below this the matcher does not hold a currency against a line.</summary>
    public const double Trusted = 0.8;

    public static FieldReading<string>? Of(string text)
    {
        if (Code().Match(text) is { Success: true } code) return new(code.Value.ToUpperInvariant(), 0.9, $"code '{code.Value}' in the text");
        if (text.Contains('€')) return new("EUR", 0.85, "'€' in the text");
        if (text.Contains('£')) return new("GBP", 0.85, "'£' in the text");
        if (text.Contains('$')) return new("USD", 0.5, "'$' in the text (dollars, taken as USD)");
        return null;
    }

    public static string? Normalize(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToUpperInvariant() switch
        {
            "$" or "US$" => "USD",
            "€" => "EUR",
            "£" => "GBP",
            var v => v,
        };

    [GeneratedRegex(@"\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|MXN|SEK|NOK|DKK)\b")] private static partial Regex Code();
}
