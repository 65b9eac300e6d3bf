using System.Text.RegularExpressions;

namespace Ledger.Domain.Categorization;

/// <summary>
/// Patterns for the parts of a bank description that identify the transaction, not the vendor: reference
/// ids, dates, times, amounts, phone numbers, card numbers, store numbers. Applied to upper-cased text.
/// </summary>
internal static class VendorNoise
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Card processors put the merchant after a "XX *" marker.
    private static readonly Regex StarPrefix = new(@"^\W*(SQ|SQU|TST|PAYPAL|PP|SP)\s?\*\s*", Options);
    // "AMZN MKTP US*2K4LM8XQ1": anything glued to a '*' that contains a digit is an order id.
    private static readonly Regex StarReference = new(@"\*\s*[A-Z0-9]*\d[A-Z0-9]*", Options);
    private static readonly Regex Www = new(@"\bWWW\.", Options);
    // "AMAZON.COM", "NOWTV.COM/BILLINGHELP", "DELIVEROO.CO.UK": keep the name, drop the suffix and path.
    private static readonly Regex Domain = new(@"\b([A-Z0-9][A-Z0-9-]*)\.(COM|NET|ORG|IO|CO\.UK|CO|UK|DE|FR|NL|CA|EU)\b(/\S*)?", Options);
    private static readonly Regex Initialism = new(@"\b(?:[A-Z]\.){2,}", Options);
    private static readonly Regex Phone = new(@"\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}-\d{7}\b", Options);
    private static readonly Regex DateTimeOrAmount = new(
        @"\b\d{4}-\d{2}-\d{2}(T[\d:.]+)?|\b\d{1,2}/\d{1,2}(/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.(\d{2,4})?|\b\d{1,2}:\d{2}(:\d{2})?\b|\$?\b\d+[.,]\d+\b%?", Options);
    private static readonly Regex Card = new(@"\b(CARD|CRD)\s*(ENDING\s*(IN)?|NO\.?|#)?\s*[X*]*\d{4}\b|[X*]{2,}\d{4}\b", Options);
    private static readonly Regex Reference = new(
        @"\b(REF|REFERENCE|CONF|CONFIRMATION|TRACE|TRN|TXN|ID|AUTH)\b\s*(NO\.?|NUMBER|#)?\s*[:#]?\s*[A-Z0-9-]*\d[A-Z0-9-]*", Options);
    // Everything after a store number, "DANKT"/"SAGT DANKE" (Austrian/German "thanks") or a comma/paren is
    // location or detail, never the vendor name.
    private static readonly Regex Tail = new(@"(?<=\S)\s*(#\s*\d|\bSTORE\s*#?\s*\d|\bDANKT\b|\bSAGT DANKE\b|[,(]).*$", Options);
    // "STRIPE TRANSFER ST-X1Y2": a short prefix, a hyphen and a code with digits is a payout or batch reference.
    private static readonly Regex HyphenReference = new(@"\b[A-Z]{1,4}-(?=[A-Z0-9]*\d)[A-Z0-9]{3,}\b", Options);
    private static readonly Regex StoreNumber = new(@"#\s*\d+", Options);
    private static readonly Regex CardSequence = new(@"\b\d{4,}\s+K\d\b", Options);
    private static readonly Regex Apostrophe = new(@"['’`]", Options);
    // Generation 6: a phone number ends the name; what follows is the merchant's state ("WAKEMED 571-623-6766 NV").
    private static readonly Regex PhoneTail = new(@"(?<=\S)\s*(\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b\d{3}-\d{7}\b).*$", Options);
    // Generation 6: Wells Fargo's card-purchase reference ("... NAMPA ID S471392212144343 CARD 6089"); the reference rule
    // below read "ID S4713..." as an id and took the state with it, leaving the city as part of the name.
    private static readonly Regex PurchaseReference = new(@"\bS\d{9,}\b", Options);

    /// <param name="variants">Cascade generation 6 on (<see cref="VendorKey.VariantsFrom"/>).</param>
    public static string Clean(string segment, bool variants = true)
    {
        var s = segment;
        string previous;
        do { previous = s; s = StarPrefix.Replace(s, ""); } while (s != previous);
        if (variants)
        {
            s = PurchaseReference.Replace(s, " ");
            s = PhoneTail.Replace(s, "");
        }
        s = StarReference.Replace(s, " ");
        s = Www.Replace(s, "");
        s = Domain.Replace(s, "$1 ");
        s = Initialism.Replace(s, m => m.Value.Replace(".", ""));
        s = Phone.Replace(s, " ");
        s = DateTimeOrAmount.Replace(s, " ");
        s = Card.Replace(s, " ");
        s = Reference.Replace(s, " ");
        s = HyphenReference.Replace(s, " ");
        s = Tail.Replace(s, "");
        s = StoreNumber.Replace(s, " "); // a leading "#541" has nothing before it to cut back to
        s = CardSequence.Replace(s, " ");
        return Apostrophe.Replace(s, "");
    }

    /// <summary>
    /// Digit-only tokens are store numbers, dates (0412, 241002) or ids, except a short leading number that is
    /// part of the name ("7-ELEVEN", "25 DEGREES", "365 ONLINE"). Mixed tokens with 3+ digits are ids; from generation 6
    /// (<paramref name="variants"/>) so is a long one with fewer after the first token ("JOBBER ASBPR35URN", "NEXT INSUR
    /// VV2EDGFGJS": payout and invoice references), which made every payment of one vendor a vendor of its own.
    /// </summary>
    public static bool IsNoiseToken(string token, int index, bool variants = true)
    {
        var digits = token.Count(char.IsAsciiDigit);
        if (digits == 0) return false;
        if (digits == token.Length) return !(index == 0 && token.Length <= 3);
        return digits >= 3 || variants && index > 0 && token.Length >= LongReference;
    }

    private const int LongReference = 8;
}
