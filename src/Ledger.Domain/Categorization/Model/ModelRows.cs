using System.Globalization;
using System.Text;

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// Turns a bank transaction into model inputs. Bank strings carry reference numbers, store numbers
/// and dates that never repeat; dropping digit-bearing tokens keeps the signal that does repeat (the vendor).
/// </summary>
public static class ModelRows
{
    /// <param name="knowledge">The knowledge base whose kind is the line's <see cref="ModelRow.Kind"/>: the one the proposal is
    /// made with (a recorded proposal is recomputed with the version it recorded); the shipped one when none is given.</param>
    public static ModelRow From(TransactionFeatures f, string label = "", Knowledge.MerchantKnowledge? knowledge = null)
    {
        var vendor = VendorToken(f.Description);
        var magnitude = Math.Abs((double)f.Amount);
        var log2 = Math.Log2(magnitude + 1);
        // Half-octave buckets: fine enough to split "small Amazon order" from "large Amazon order".
        var bucket = "b" + ((int)Math.Floor(log2 * 2)).ToString(CultureInfo.InvariantCulture);
        var coarse = "c" + ((int)Math.Floor(log2)).ToString(CultureInfo.InvariantCulture);
        var direction = f.Amount < 0 ? "out" : "in";
        return new ModelRow
        {
            Text = CleanText(f.Description) + " " + CleanText(f.Memo ?? ""),
            Vendor = vendor,
            AmountBucket = bucket + direction,
            Direction = direction,
            BankAccount = f.BankAccount,
            VendorBucket = vendor + "|" + coarse + "|" + direction,
            VendorBank = vendor + "|" + f.BankAccount,
            LogAmount = (float)(Math.Log10(magnitude + 1) / 5.0),
            Label = label,
            Words = WordsOf(f.Description, f.Memo),
            Category = f.BankCategory is { Length: > 0 } c ? c.Trim().ToLowerInvariant() : "none",
            Kind = KindOf(f, knowledge),
        };
    }

    public static ModelRow From(LabelledTransaction t) => From(t.Features, t.AccountCode);

    /// <summary>
    /// Pipeline 2's text: lowercase words split the knowledge base's way (letters apart from digits, so "GOOGLE*ADS8391" is
    /// google ads), digit runs dropped (store numbers, references and dates never repeat).
    /// </summary>
    public static string WordsOf(string description, string? memo) =>
        string.Join(' ', Knowledge.KnowledgeText.Words(description + " " + memo).Where(w => !char.IsDigit(w[0])));

    /// <summary>The merchant knowledge base's kind for the line (direction-aware), or "none": it lets a tenant's model carry what
    /// it learnt of one hardware store over to another it never saw.</summary>
    public static string KindOf(TransactionFeatures f, Knowledge.MerchantKnowledge? knowledge = null) =>
        (knowledge ?? Knowledge.MerchantKnowledge.Shipped).Match(f.Description + " " + f.Memo, f.Amount)?.Entry.Kind ?? "none";

    /// <summary>Lowercase, words only: tokens containing digits (references, store numbers) are dropped.</summary>
    public static string CleanText(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (var token in Tokens(raw))
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(token);
        }
        return sb.ToString();
    }

    /// <summary>A vendor-ish key: the first three cleaned words after bank-channel prefixes.</summary>
    public static string VendorToken(string raw)
    {
        var words = Tokens(raw).Where(w => !ChannelWords.Contains(w)).Take(3);
        return string.Join(' ', words);
    }

    private static IEnumerable<string> Tokens(string raw)
    {
        var token = new StringBuilder();
        foreach (var ch in raw.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(ch)) { token.Append(ch); continue; }
            if (token.Length > 0 && !token.ToString().Any(char.IsDigit)) yield return token.ToString();
            token.Clear();
        }
    }

    // Words that name the payment channel, not the counterparty.
    private static readonly HashSet<string> ChannelWords =
    [
        "pos", "purchase", "ach", "debit", "credit", "sq", "tst", "checkcard", "card", "recurring",
        "dbt", "web", "id", "ppd", "ccd", "online", "visa", "paypal", "inst", "xfer", "refund", "return",
    ];
}
