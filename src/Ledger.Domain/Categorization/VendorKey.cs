using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Ledger.Domain.Categorization;

/// <summary>
/// Turns a raw bank-feed description into a stable vendor key ("SQ *BLUE BOTTLE COFFEE SAN FRANCISCO CA"
/// → "blue-bottle-coffee") so labels, rules and statistics pool across every variant of one payee.
/// Deterministic (no culture, no clock) and idempotent: a key normalises to itself, so keys stored by an
/// older run can be passed through again safely.
/// </summary>
public static class VendorKey
{
    public const string Unknown = "unknown";

    // Feeds repeat payee strings, and one decision asks for the same key several times (stats lookup, cascade, gates).
    // The function is pure, so remembering recent answers is safe; the bound keeps a long-running host's memory flat.
    const int MemoLimit = 50_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Memo = new(StringComparer.Ordinal);
    // ConcurrentDictionary.Count takes every bucket lock: counted here instead (it showed as lock contention in profiles).
    private static int memoSize;

    /// <summary>
    /// The key of the cascade generation in force (<see cref="CascadeOptions.Default"/>): what proposals, labels, vendor stats
    /// and admin rules are keyed by, so all of them must use this one.
    /// </summary>
    public static string Normalize(string rawDescription) => Normalize(rawDescription, CascadeOptions.Default.Generation);

    /// <summary>
    /// The key as the given cascade generation computed it: generations 1 and 2 did not read an ACH line's company name
    /// (every "ORIG CO NAME:..." line keyed to "orig"), generation 6 drops variants' tails (<see cref="VariantsFrom"/>); recorded
    /// proposals are re-verified with their own key. Only the generation in force is memoised: it is the one asked per decision.
    /// </summary>
    public static string Normalize(string rawDescription, int cascadeGeneration)
    {
        if (rawDescription is null) return Unknown;
        if (cascadeGeneration != CascadeOptions.Default.Generation) return Compute(rawDescription, cascadeGeneration);
        if (Memo.TryGetValue(rawDescription, out var known)) return known;
        var key = Compute(rawDescription, cascadeGeneration);
        if (Volatile.Read(ref memoSize) >= MemoLimit)
        {
            Memo.Clear();
            Volatile.Write(ref memoSize, 0);
        }
        if (Memo.TryAdd(rawDescription, key)) Interlocked.Increment(ref memoSize);
        return key;
    }

    private static string Compute(string rawDescription, int cascadeGeneration) =>
        Compute(rawDescription, achNames: cascadeGeneration >= AchNamesFrom, variants: cascadeGeneration == VariantsFrom,
            payeeCodes: cascadeGeneration >= PayeeCodesFrom);

    /// <summary>The first cascade generation whose key is an ACH line's originator ("ORIG CO NAME:IRS ORIG ID:..." → "irs").</summary>
    public const int AchNamesFrom = 3;

    /// <summary>
    /// The first cascade generation whose key drops what follows a phone or store number ("WAKEMED 571-623-6766 NV",
    /// "WHCC 1095 ELK GROVE CA"), a state after a one-word name ("MPIX.COM ID") and a card-purchase reference that hid the
    /// state from the location rules ("... NAMPA ID S471392212144343 CARD 6089"), and long references with a digit or two
    /// ("JOBBER ASBPR35URN"): variants of one vendor share its labels.
    /// </summary>
    public const int VariantsFrom = 6;

    /// <summary>
    /// The first cascade generation in which a payee that is nothing but a code ("FA39C23BD7D0...", "ABC123") keys by that code
    /// instead of <see cref="Unknown"/>: before, every such payee of a tenant shared the one vendor "unknown", so one payee's
    /// labels decided another's. Pure digits (a check or reference number) still say nothing. Later generations key like 5
    /// otherwise: generation 6's variant rules are generation 6's only (docs/decisions.md 40, 44).
    /// </summary>
    public const int PayeeCodesFrom = 7;

    private static string Compute(string rawDescription, bool achNames, bool variants, bool payeeCodes)
    {
        if (achNames && AchOriginator.Match(rawDescription.ToUpperInvariant()) is { Success: true } ach) rawDescription = ach.Groups["name"].Value;
        else if (variants && AchDescribed.Match(rawDescription.ToUpperInvariant()) is { Success: true } described) rawDescription = described.Groups["name"].Value;
        // Each pass removes noise; a second pass can only find noise the first exposed (e.g. a city that
        // became trailing). Iterating to a fixed point is what makes the function idempotent by construction.
        var key = Once(rawDescription, variants, payeeCodes);
        for (var i = 0; i < 5; i++)
        {
            var again = Once(key, variants, payeeCodes);
            if (again == key) break;
            key = again;
        }
        return key;
    }

    private static string Once(string? raw, bool variants, bool payeeCodes)
    {
        if (string.IsNullOrWhiteSpace(raw)) return Unknown;
        var text = Prepare(raw);

        // Fixed-width feeds separate name, city and country with runs of spaces, and OFX memos use ';'.
        // The vendor is the first segment that still has a name once processor prefixes are gone.
        var segments = Segments.Split(text);
        foreach (var segment in segments)
        {
            var tokens = VendorTokens.Core(segment, allowEmptyAfterPrefixes: true, variants);
            if (tokens.Count > 0) return VendorAliases.Finish(tokens);
        }
        // Only prefixes everywhere ("ACH DEBIT"): then the prefix is the best name there is.
        foreach (var segment in segments)
        {
            var tokens = VendorTokens.Core(segment, allowEmptyAfterPrefixes: false, variants);
            if (tokens.Count > 0) return VendorAliases.Finish(tokens);
        }
        // Nothing but codes: the first one with a letter names the payee (a ledger's hashed payees, an abbreviated account).
        return payeeCodes && PayeeCode.Match(text) is { Success: true } code ? code.Value.ToLowerInvariant() : Unknown;
    }

    private static readonly Regex PayeeCode = new(@"\b(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,40}\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // NACHA-style lines as business banks print them: "ORIG CO NAME:NEXT INSUR ORIG ID:4980202666 DESC DATE:250103 CO ENTRY
    // DESCR:PREMIUM SEC:CCD TRACE#:..." (Chase, Bank of America). The originator is the payee; the rest is routing and ids.
    private static readonly Regex AchOriginator = new(@"^\s*ORIG CO NAME:\s*(?<name>.*?)\s+(ORIG ID:|CO ID:|DESC DATE:|CO ENTRY DESCR:)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Generation 6: the same ACH line as Bank of America prints it, "STRIPE DES:FEES ID:5632568568 INDN:NORTHLIGHT CO ID:...
    // CCD": the name before "DES:" is the originator; the entry description, ids and the receiver's name are not the vendor.
    private static readonly Regex AchDescribed = new(@"^\s*(?<name>\S.*?)\s+DES:\s*\S", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Segments = new(@";|\s{3,}|\t", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex HtmlBreak = new(@"<BR\s*/?>.*$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    // Austrian card lines: "POS 23,55 AT K1 16.09. 11:32 SPAR DANKT ..." — amount, country, card, date, time.
    private static readonly Regex AustrianPos = new(@"^POS\s+[\d.,]+\s+[A-Z]{2}\s+K\d\s+[\d.]+\s+[\d:]+\s+", RegexOptions.CultureInvariant);

    private static string Prepare(string raw)
    {
        // Some exporters double-escape (&amp;lt;), so decode twice; Mint appends item lists after <br/>.
        var text = WebUtility.HtmlDecode(WebUtility.HtmlDecode(raw));
        text = RemoveDiacritics(text).ToUpperInvariant();
        text = HtmlBreak.Replace(text, "");
        return AustrianPos.Replace(text.Trim(), "");
    }

    private static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        return kept.ToString().Normalize(NormalizationForm.FormC).Replace('ß', 'S');
    }
}
