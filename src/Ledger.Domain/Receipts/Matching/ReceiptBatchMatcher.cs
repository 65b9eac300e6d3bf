using NodaTime;

namespace Ledger.Domain.Receipts.Matching;

/// <summary>
/// Matches a set of receipts against the lines in reach, the way the ledger does after an upload or an import: oldest
/// receipt first, and a line one receipt takes (or another receipt already holds) is no candidate for the next.
/// </summary>
public static class ReceiptBatchMatcher
{
    public sealed record Result(MatchOutcome Outcome, ReceiptMatched? Matched);

    public static IReadOnlyDictionary<string, Result> Match(IEnumerable<ReceiptState> receipts, IReadOnlyList<MatchCandidate> lines,
        ISet<string> taken, MatchOptions options, Instant now)
    {
        var results = new Dictionary<string, Result>();
        foreach (var receipt in receipts.Where(r => !r.IsMatched && r.Facts.Date is not null && r.Facts.Total is not null)
                     .OrderBy(r => r.Facts.Date!.Value).ThenBy(r => r.Id, StringComparer.Ordinal))
        {
            var outcome = ReceiptMatcher.Decide(receipt.Facts,
                lines.Where(l => !taken.Contains(l.TransactionId) && !receipt.Rejected.Contains(l.TransactionId)), options);
            var matched = ReceiptDecisions.AutoMatch(receipt, outcome, now);
            if (matched is not null) taken.Add(matched.TransactionId);
            results[receipt.Id] = new Result(outcome, matched);
        }
        return results;
    }
}
