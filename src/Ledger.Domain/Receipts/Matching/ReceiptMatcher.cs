using System.Globalization;

namespace Ledger.Domain.Receipts.Matching;

/// <summary>
/// Scores a receipt against bank and card lines and decides whether one of them is its match. Half the score is the
/// amount (exact, or a restaurant's total plus a tip), a quarter the date, a quarter the vendor; a different currency or a
/// line outside the date window is no candidate at all. A match is recorded only when it is unambiguous.
/// </summary>
public static class ReceiptMatcher
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static CandidateScore? Score(ReceiptFacts receipt, MatchCandidate line, MatchOptions options)
    {
        if (receipt.Total is not { Value: > 0 } total || line.Amount >= 0) return null;
        if (receipt.Currency is { Confidence: >= Reading.ReceiptCurrency.Trusted, Value: var cur } && line.Currency is { } lineCur && !string.Equals(cur, lineCur, StringComparison.OrdinalIgnoreCase)) return null;
        var spent = -line.Amount;
        var reasons = new List<string>();
        double score;
        var extra = spent - total.Value;
        if (Math.Abs(extra) < 0.005m)
        {
            score = 0.5;
            reasons.Add(string.Format(Inv, "amount {0:0.00} equals the receipt total", spent));
        }
        else if (receipt.TipExpected is { Value: true } && extra > 0 && extra <= Math.Round(total.Value * options.MaxTipRate, 2) + 0.01m)
        {
            score = 0.35;
            reasons.Add(string.Format(Inv, "amount {0:0.00} is the receipt total {1:0.00} plus a tip of {2:0.00} ({3:0.#}%)",
                spent, total.Value, extra, extra / total.Value * 100));
        }
        else return null;

        if (receipt.Date?.Value is { } date)
        {
            var days = line.PostedOn.ToDateOnly().DayNumber - date.ToDateOnly().DayNumber;
            if (days < -options.DaysBefore || days > options.DaysAfter) return null;
            score += Math.Max(0.05, 0.25 - 0.03 * Math.Abs(days));
            reasons.Add(days switch
            {
                0 => "posted on the receipt's date",
                > 0 => string.Format(Inv, "posted {0} day{1} after the receipt's date", days, days == 1 ? "" : "s"),
                _ => string.Format(Inv, "posted {0} day{1} before the receipt's date", -days, days == -1 ? "" : "s"),
            });
        }
        else reasons.Add("the receipt has no date");

        if (receipt.Merchant?.Value is { } merchant)
        {
            var (similarity, receiptKey, bankKey) = VendorSimilarity.Of(merchant, line.Payee);
            score += 0.25 * similarity;
            reasons.Add(similarity > 0
                ? string.Format(Inv, "vendor {0} ~ {1} ({2:0.00})", receiptKey, bankKey, similarity)
                : string.Format(Inv, "vendor {0} unlike {1}", receiptKey, bankKey));
        }
        else reasons.Add("the receipt names no merchant");
        return new CandidateScore(line.TransactionId, Math.Round(score, 4), reasons);
    }

    /// <summary>
    /// The best line when it scores at least <see cref="MatchOptions.AutoMatchScore"/> and leads the next by
    /// <see cref="MatchOptions.Margin"/>; otherwise every scored line, best first, as possible matches for a person.
    /// </summary>
    public static MatchOutcome Decide(ReceiptFacts receipt, IEnumerable<MatchCandidate> lines, MatchOptions options)
    {
        var scored = lines.Select(l => Score(receipt, l, options)).OfType<CandidateScore>()
            .OrderByDescending(s => s.Score).ThenBy(s => s.TransactionId, StringComparer.Ordinal).ToList();
        if (scored.Count == 0) return new MatchOutcome(null, []);
        var best = scored[0];
        var clear = best.Score >= options.AutoMatchScore && (scored.Count == 1 || best.Score - scored[1].Score >= options.Margin);
        return clear ? new MatchOutcome(best, scored) : new MatchOutcome(null, scored);
    }
}
