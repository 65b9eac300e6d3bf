using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using NodaTime;

namespace Ledger.Domain.Reconciliation;

/// <summary>One reason the books and the bank differ; <paramref name="Effect"/> is its share of bank − book.</summary>
public sealed record ReconciliationItem(string Kind, string? TransactionId, LocalDate Date, decimal Amount, decimal Effect, string Explanation);

/// <summary>
/// An account on a statement date: the bank's balance, the book balance (every entry touching the account dated up to then),
/// their difference and the items that explain it. Unexplained is what the items leave over (an opening entry missing or
/// different from the bank's, a line dated after the statement booked before it): zero when the items say it all.
/// </summary>
public sealed record ReconciliationReport(
    string BankAccountCode, LocalDate StatementDate, decimal BankBalance, decimal BookBalance, decimal OpeningEntries, decimal Difference,
    decimal Unexplained, int BankLines, int MatchedLines, IReadOnlyList<ReconciliationItem> Items)
{
    public bool Reconciled => Difference == 0m;
}

public static class ReconciliationKinds
{
    public const string InReview = "bank_line_in_review";
    public const string NotDecided = "bank_line_not_decided";
    public const string Excluded = "bank_line_excluded";
    public const string Reversed = "entry_reversed";
    public const string PostedTwice = "bank_line_posted_twice";
    public const string BookedDifferently = "bank_line_booked_differently";
    public const string WithoutBankLine = "entry_without_bank_line";
}

public static class Reconciler
{
    /// <summary>
    /// A bank line is booked by its own entries plus, for a transfer, the other leg's entries touching this account. Booked in
    /// full it matches; otherwise the part not booked (or booked too often) is an item. Entries of other streams touching
    /// the account that no bank line claims are items too. Opening entries stand for the bank's history before its lines.
    /// </summary>
    public static ReconciliationReport Reconcile(string account, LocalDate statementDate, decimal bankBalance,
        IReadOnlyList<BankLine> lines, IReadOnlyList<BookPosting> postings)
    {
        var book = postings.Where(p => p.EntryDate <= statementDate).ToList();
        var bySource = book.Where(p => !p.Opening).GroupBy(p => p.SourceId).ToDictionary(g => g.Key, g => g.Sum(p => p.Effect));
        var claimed = new HashSet<string>();
        var items = new List<ReconciliationItem>();
        var dated = lines.Where(l => l.PostedOn <= statementDate).ToList();
        foreach (var line in dated)
        {
            var booked = bySource.GetValueOrDefault(line.TransactionId);
            claimed.Add(line.TransactionId);
            if (line.CounterpartTransactionId is { } other && bySource.TryGetValue(other, out var viaOther) && claimed.Add(other)) booked += viaOther;
            if (booked == line.Amount) continue;
            items.Add(Item(line, booked));
        }
        foreach (var (source, effect) in bySource.Where(s => !claimed.Contains(s.Key) && s.Value != 0m))
        {
            var date = book.Where(p => p.SourceId == source).Max(p => p.EntryDate);
            items.Add(new ReconciliationItem(ReconciliationKinds.WithoutBankLine, source, date, effect, -effect,
                $"An entry of {source} moves {account} by {effect:0.00}, and no bank line of {account} up to {statementDate:uuuu-MM-dd} is its."));
        }
        var bookBalance = book.Sum(p => p.Effect);
        var difference = bankBalance - bookBalance;
        var unexplained = difference - items.Sum(i => i.Effect);
        return new ReconciliationReport(account, statementDate, bankBalance, bookBalance, book.Where(p => p.Opening).Sum(p => p.Effect), difference,
            unexplained, dated.Count, dated.Count - items.Count(i => i.Kind != ReconciliationKinds.WithoutBankLine), [.. items.OrderBy(i => i.Date)]);
    }

    static ReconciliationItem Item(BankLine line, decimal booked)
    {
        var effect = line.Amount - booked;
        var (kind, why) = booked switch
        {
            0m when line.Status == TransactionStatus.Excluded => (ReconciliationKinds.Excluded, "excluded by a reviewer, so never booked"),
            0m when line.Reversed => (ReconciliationKinds.Reversed, $"its entry was reversed and it is {line.Status} again"),
            0m when line.Status == TransactionStatus.InReview => (ReconciliationKinds.InReview, "waiting in the review queue, not booked yet"),
            0m => (ReconciliationKinds.NotDecided, $"{line.Status}, not booked yet"),
            _ when booked == 2 * line.Amount => (ReconciliationKinds.PostedTwice, "booked twice (its own entry and the other leg's)"),
            _ => (ReconciliationKinds.BookedDifferently, $"booked as {booked:0.00}"),
        };
        return new ReconciliationItem(kind, line.TransactionId, line.PostedOn, line.Amount, effect,
            $"{line.PostedOn:uuuu-MM-dd} {line.Payee} {line.Amount:0.00}: {why}.");
    }
}

/// <summary>The figures the reviewer saw are not the figures now (a line was posted meanwhile): a 409, nothing recorded.</summary>
public sealed class ReconciliationChangedException(string message) : DomainException(message);
