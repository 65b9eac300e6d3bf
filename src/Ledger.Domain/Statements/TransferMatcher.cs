using NodaTime;

namespace Ledger.Domain.Statements;

/// <summary>A bank or card transaction as far as transfer matching cares. Amount is signed from its own account's view.</summary>
public sealed record TransferCandidate(string TransactionId, string BankAccountCode, LocalDate PostedOn, decimal Amount);

public sealed record TransferPair(TransferCandidate Transaction, TransferCandidate Counterpart)
{
    public int DaysApart => Math.Abs(Period.Between(Transaction.PostedOn, Counterpart.PostedOn, PeriodUnits.Days).Days);
}

/// <summary>
/// Recognises money moved between two of the tenant's own accounts (a checking outflow and the card payment it made): the
/// same amount leaving one account and arriving in another within a few days. Pure and deterministic: the closest dates
/// pair first, ties by transaction id, and a transaction belongs to at most one pair, so importing the same files in any
/// order gives the same pairs. The caller passes only transactions not already paired.
/// </summary>
public static class TransferMatcher
{
    /// <summary>Banks post a transfer's two legs on different days (cut-offs, weekends, card processing); 3 days covers that.</summary>
    public const int MaxDaysApart = 3;

    /// <param name="imported">The transactions just imported (normally all of one account).</param>
    /// <param name="existing">Unpaired transactions already stored in the tenant's other accounts.</param>
    public static IReadOnlyList<TransferPair> Match(IEnumerable<TransferCandidate> imported, IEnumerable<TransferCandidate> existing)
    {
        // Counterparts by the amount they must show (the negated amount), so a large import stays a lookup, not a cross product.
        var byAmount = existing.Where(c => c.Amount != 0m).GroupBy(c => c.Amount).ToDictionary(g => g.Key, g => g.ToList());
        var edges = new List<TransferPair>();
        foreach (var t in imported.Where(t => t.Amount != 0m))
        {
            if (!byAmount.TryGetValue(-t.Amount, out var counterparts)) continue;
            foreach (var c in counterparts)
            {
                if (c.BankAccountCode == t.BankAccountCode || c.TransactionId == t.TransactionId) continue;
                var pair = new TransferPair(t, c);
                if (pair.DaysApart <= MaxDaysApart) edges.Add(pair);
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new List<TransferPair>();
        foreach (var edge in edges
                     .OrderBy(e => e.DaysApart)
                     .ThenBy(e => e.Transaction.TransactionId, StringComparer.Ordinal)
                     .ThenBy(e => e.Counterpart.TransactionId, StringComparer.Ordinal))
        {
            if (used.Contains(edge.Transaction.TransactionId) || used.Contains(edge.Counterpart.TransactionId)) continue;
            used.Add(edge.Transaction.TransactionId);
            used.Add(edge.Counterpart.TransactionId);
            pairs.Add(edge);
        }
        return pairs;
    }
}
