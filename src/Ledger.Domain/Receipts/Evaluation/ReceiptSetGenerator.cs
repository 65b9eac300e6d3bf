using System.Globalization;
using Ledger.Domain.Categorization.Evaluation.HeldOut;
using Ledger.Domain.Receipts.Matching;
using NodaTime;

namespace Ledger.Domain.Receipts.Evaluation;

/// <summary>A generated receipt and the line it truly belongs to (null: a receipt with no line, e.g. paid in cash or personally).</summary>
public sealed record GeneratedReceipt(ReceiptState Receipt, string? TrueTransactionId);

/// <summary>
/// Receipts for a quarter of a held-out feed's statement lines (samples/eval/heldout, written by a generator nobody tuned the
/// matcher on): money-out lines other than moves between the tenant's own accounts get a receipt as a shop would print it
/// (the name from the line's first words, dated 0-3 days before the bank posted it; restaurant lines, by the card issuer's
/// own category, printed before the tip), and a tenth of the set are receipts with no line at all. Same seed, same set.
/// </summary>
public static class ReceiptSetGenerator
{
    static readonly string[] OwnAccounts = ["1000", "1010", "1050", "2100", "2110"];
    static readonly Instant At = Instant.FromUtc(2020, 1, 1, 0, 0);

    public static (IReadOnlyList<MatchCandidate> Lines, IReadOnlyList<GeneratedReceipt> Receipts) Generate(
        IReadOnlyList<HeldOutRow> tenantRows, LocalDate from, LocalDate to, int count, int seed)
    {
        var random = new Random(seed);
        var quarter = tenantRows.Select((r, i) => (Row: r, Id: $"line-{i}")).Where(x => x.Row.Date >= from && x.Row.Date <= to).ToList();
        var lines = quarter.Select(x => new MatchCandidate(x.Id, x.Row.BankAccount, x.Row.Date, x.Row.Amount, x.Row.Description, null)).ToList();
        var spendable = quarter.Where(x => x.Row.Amount < 0 && !OwnAccounts.Contains(x.Row.TrueAccount)).OrderBy(_ => random.Next()).ToList();
        var withLine = Math.Min(spendable.Count, count - count / 10);
        var receipts = new List<GeneratedReceipt>();
        foreach (var (row, id) in spendable.Take(withLine))
        {
            var restaurant = IsRestaurant(row);
            var spent = -row.Amount;
            var total = restaurant && random.NextDouble() < 0.7 ? Math.Round(spent / (1 + (decimal)(0.12 + random.NextDouble() * 0.10)), 2) : spent;
            var date = row.Date.PlusDays(-DaysEarly(random));
            receipts.Add(new(Receipt(receipts.Count, PrintedName(row.Description), date, total, restaurant, random), id));
        }
        var days = Period.Between(from, to, PeriodUnits.Days).Days;
        while (receipts.Count < count)
        {
            var other = quarter[random.Next(quarter.Count)].Row;
            var total = Math.Round((decimal)(5 + random.NextDouble() * 295), 2);
            receipts.Add(new(Receipt(receipts.Count, PrintedName(other.Description), from.PlusDays(random.Next(days + 1)), total, IsRestaurant(other), random), null));
        }
        return (lines, receipts);
    }

    static ReceiptState Receipt(int n, string merchant, LocalDate date, decimal total, bool restaurant, Random random)
    {
        var id = $"rcpt-{n:D4}";
        var facts = new ReceiptFacts(
            merchant.Length == 0 ? null : new(merchant, 0.6, "generated"), new(date, 0.9, "generated"), new(total, 0.9, "generated"), null,
            random.NextDouble() < 0.5 ? new("USD", 0.9, "generated") : null, restaurant ? new(true, 0.7, "generated") : null);
        return ReceiptState.Start(new ReceiptReceived(id, $"{id}.pdf", "application/pdf", ReceiptKinds.Pdf, 0, id, id, null, "bench", "bench", At)) with { Facts = facts };
    }

    // Cards post a purchase the same day or a few days later.
    static int DaysEarly(Random random) => random.NextDouble() switch { < 0.4 => 0, < 0.7 => 1, < 0.9 => 2, _ => 3 };

    static bool IsRestaurant(HeldOutRow row) =>
        row.BankCategory.Contains("Restaurant", StringComparison.OrdinalIgnoreCase) || row.BankCategory.Contains("Food", StringComparison.OrdinalIgnoreCase)
        || row.BankCategory.Contains("Dining", StringComparison.OrdinalIgnoreCase);

    /// <summary>What a shop prints at the top: the line's first words that are words (no store numbers, no processor codes).</summary>
    public static string PrintedName(string description)
    {
        var words = description.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Contains('*') ? w[(w.LastIndexOf('*') + 1)..] : w)
            .Where(w => w.Length > 1 && w.All(c => char.IsLetter(c) || c is '&' or '\'' or '.'))
            .Take(3);
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(string.Join(' ', words).ToLowerInvariant());
    }
}
