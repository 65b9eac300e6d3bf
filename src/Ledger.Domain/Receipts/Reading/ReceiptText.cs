using System.Globalization;
using System.Text.RegularExpressions;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>
/// Reads merchant, date, total, tax, currency and whether a tip may follow from a receipt's text (a PDF's or an e-mail's).
/// Labelled lines ("TOTAL 48.50", "Date: 2024-05-03") are trusted more than guesses (the first line, the largest amount),
/// and each field says which it was.
/// </summary>
public static partial class ReceiptText
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ReceiptFacts Read(string text, FieldReading<string>? merchantHint = null)
    {
        var lines = text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0).ToList();
        return new ReceiptFacts(
            Merchant: MerchantOf(lines, text, merchantHint),
            Date: DateOf(lines),
            Total: TotalOf(lines),
            Tax: TaxOf(lines),
            Currency: ReceiptCurrency.Of(text),
            TipExpected: TipOf(text));
    }

    static FieldReading<string>? MerchantOf(List<string> lines, string text, FieldReading<string>? hint)
    {
        if (ReceiptFrom().Match(text) is { Success: true } m)
            return new(Clean(m.Groups["name"].Value), 0.8, $"'{m.Value.Trim()}' in the text");
        if (hint is not null) return hint;
        var first = lines.Take(6).FirstOrDefault(l => l.Count(char.IsLetter) >= 3 && ReceiptMoney.On(l).Count == 0
            && ReceiptDates.On(l).Count == 0 && !Heading().IsMatch(l));
        return first is null ? null : new(Clean(first), 0.6, $"first line of the text: '{first}'");
    }

    static string Clean(string name) => name.Trim().TrimEnd('.', ',', '!', ':').Trim();

    static FieldReading<NodaTime.LocalDate>? DateOf(List<string> lines)
    {
        foreach (var line in lines.Where(l => DateLabel().IsMatch(l)))
            if (ReceiptDates.On(line) is [var d, ..]) return new(d, 0.9, $"line '{line}'");
        var all = lines.SelectMany(l => ReceiptDates.On(l).Select(d => (d, l))).ToList();
        if (all.Count == 0) return null;
        var distinct = all.Select(x => x.d).Distinct().Count();
        return new(all[0].d, distinct == 1 ? 0.75 : 0.5, distinct == 1 ? $"the only date, line '{all[0].l}'" : $"first of {distinct} dates, line '{all[0].l}'");
    }

    static FieldReading<decimal>? TotalOf(List<string> lines)
    {
        foreach (var line in lines.AsEnumerable().Reverse())
            if (PaidLabel().IsMatch(line) && ReceiptMoney.On(line) is [.., var paid] && paid > 0) return new(paid, 0.95, $"line '{line}'");
        foreach (var line in lines.AsEnumerable().Reverse())
            if (TotalLabel().IsMatch(line) && !NotTotal().IsMatch(line) && ReceiptMoney.On(line) is [.., var total] && total > 0)
                return new(total, 0.9, $"line '{line}'");
        var largest = lines.SelectMany(l => ReceiptMoney.On(l).Select(a => (a, l))).Where(x => x.a > 0).OrderByDescending(x => x.a).FirstOrDefault();
        return largest.l is null ? null : new(largest.a, 0.4, $"largest amount, line '{largest.l}'");
    }

    static FieldReading<decimal>? TaxOf(List<string> lines)
    {
        var taxes = lines.Where(l => TaxLabel().IsMatch(l) && !NotTax().IsMatch(l))
            .Select(l => (l, amounts: ReceiptMoney.On(l))).Where(x => x.amounts.Count > 0).ToList();
        if (taxes.Count == 0) return null;
        var sum = taxes.Sum(x => x.amounts[^1]);
        return new(sum, taxes.Count == 1 ? 0.85 : 0.7, taxes.Count == 1 ? $"line '{taxes[0].l}'" : $"sum of {taxes.Count} tax lines");
    }

    static FieldReading<bool>? TipOf(string text) =>
        TipWord().Match(text) is { Success: true } m ? new(true, 0.7, $"word '{m.Value}' in the text") : null;

    [GeneratedRegex(@"[ \t\r\u00a0]+")] private static partial Regex Spaces();
    [GeneratedRegex(@"(?:receipt|order|purchase|payment)\s+(?:from|at|to)\s+(?<name>[\p{L}\d][\p{L}\d&'’.\- ]{1,60}?)(?=\s*(?:[\r\n,!:#(]|\.\s|$| on | for ))", RegexOptions.IgnoreCase)]
    private static partial Regex ReceiptFrom();
    [GeneratedRegex(@"^(?:receipt|sales receipt|invoice|tax invoice|order|thank you|welcome|customer copy|merchant copy|date|time)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();
    [GeneratedRegex(@"\b(?:date|dated|purchased|transaction date|order date)\b", RegexOptions.IgnoreCase)] private static partial Regex DateLabel();
    [GeneratedRegex(@"\b(?:amount paid|total paid|grand total|amount due|balance due|total due|amount charged|total charged|charged to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaidLabel();
    [GeneratedRegex(@"\btotal\b", RegexOptions.IgnoreCase)] private static partial Regex TotalLabel();
    [GeneratedRegex(@"\b(?:sub-?\s?total|total tax|tax total|total savings|total items|total discount)\b", RegexOptions.IgnoreCase)] private static partial Regex NotTotal();
    [GeneratedRegex(@"\b(?:tax|sales tax|vat|gst|hst|pst|qst|mwst|iva)\b", RegexOptions.IgnoreCase)] private static partial Regex TaxLabel();
    [GeneratedRegex(@"\b(?:pre-?tax|before tax|tax id|tax exempt|excl\.? tax|incl\.? tax|total)\b", RegexOptions.IgnoreCase)] private static partial Regex NotTax();
    [GeneratedRegex(@"\b(?:tip|gratuity|server|table \d+|guests?|restaurant|cafe|café|bistro|grill|diner|tavern|brewery|pub|pizzeria|pizza|taqueria|tacos?|burgers?|bbq|steakhouse|ramen|noodles?|coffee|espresso|kitchen|sushi)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TipWord();
}
