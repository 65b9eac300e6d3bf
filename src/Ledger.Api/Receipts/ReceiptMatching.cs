using Ledger.Domain.Receipts;
using Ledger.Domain.Receipts.Matching;
using Marten;
using NodaTime;

namespace Ledger.Api.Receipts;

/// <summary>
/// Runs the matcher for a set of receipts against the lines in reach of their dates (<see cref="ReceiptBatchMatcher"/>), with one
/// read of the lines for the whole set: a batch upload, or the receipts still open after an import.
/// </summary>
public static class ReceiptMatching
{
    public static readonly MatchOptions Options = MatchOptions.Default;

    public static async Task<IReadOnlyDictionary<string, ReceiptMatched>> MatchAsync(IQuerySession session, IReadOnlyList<ReceiptState> receipts, Instant now,
        CancellationToken ct)
    {
        var open = receipts.Where(r => !r.IsMatched && r.Facts.Date is not null && r.Facts.Total is not null).ToList();
        var matches = new Dictionary<string, ReceiptMatched>();
        if (open.Count == 0) return matches;
        var lines = await MatchCandidates.LoadAsync(session, open.Min(r => r.Facts.Date!.Value).PlusDays(-Options.DaysBefore),
            open.Max(r => r.Facts.Date!.Value).PlusDays(Options.DaysAfter), ct);
        var ids = open.Select(r => r.Id).ToHashSet();
        var taken = (await MatchCandidates.TakenAsync(session, lines.Select(l => l.TransactionId).ToArray(), ct))
            .Where(t => !ids.Contains(t.Value)).Select(t => t.Key).ToHashSet();
        foreach (var (id, result) in ReceiptBatchMatcher.Match(open, lines, taken, Options, now))
            if (result.Matched is { } matched) matches[id] = matched;
        return matches;
    }

    /// <summary>Every line the matcher would consider for one receipt, best first, each with its reasons.</summary>
    public static async Task<(MatchOutcome Outcome, IReadOnlyList<MatchCandidate> Lines, IReadOnlyDictionary<string, string> Taken)> PossibleAsync(
        IQuerySession session, ReceiptState receipt, CancellationToken ct)
    {
        if (receipt.Facts.Date?.Value is not { } date) return (new MatchOutcome(null, []), [], new Dictionary<string, string>());
        var lines = await MatchCandidates.LoadAsync(session, date.PlusDays(-Options.DaysBefore), date.PlusDays(Options.DaysAfter), ct);
        var taken = (await MatchCandidates.TakenAsync(session, lines.Select(l => l.TransactionId).ToArray(), ct))
            .Where(t => t.Value != receipt.Id).ToDictionary();
        return (ReceiptMatcher.Decide(receipt.Facts, lines.Where(l => !taken.ContainsKey(l.TransactionId)), Options), lines, taken);
    }
}
