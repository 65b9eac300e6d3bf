using Ledger.Domain.Review;
using NodaTime;

namespace Ledger.Domain.Metrics;

/// <summary>One reviewer's suspected slips in one week (Monday, UTC) and what became of them.</summary>
/// <param name="Corrected">Reversed after the suspicion (the one-call correction reverses and rebooks).</param>
/// <param name="Open">Neither confirmed nor corrected yet: their labels are still held out of learning.</param>
public sealed record SlipWeek(string Reviewer, LocalDate Week, int Suspected, int Confirmed, int Corrected, int Open);

/// <summary>Suspected slips per reviewer and week, for the operator (pure: the endpoint reads the events and calls this).</summary>
public static class SlipTally
{
    public static IReadOnlyList<SlipWeek> ByReviewerAndWeek(IEnumerable<SlipSuspected> slips, IEnumerable<ReviewConfirmed> confirmations,
        IEnumerable<(string TransactionId, Instant At)> reversals)
    {
        var confirmed = confirmations.ToLookup(c => c.TransactionId, c => c.At);
        var reversed = reversals.ToLookup(r => r.TransactionId, r => r.At);
        string Fate(SlipSuspected s) =>
            confirmed[s.TransactionId].Any(at => at >= s.At) ? "confirmed" : reversed[s.TransactionId].Any(at => at > s.At) ? "corrected" : "open";
        return slips.GroupBy(s => (s.By, Week: s.At.InUtc().Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday))))
            .OrderBy(g => g.Key.Week).ThenBy(g => g.Key.By, StringComparer.Ordinal)
            .Select(g =>
            {
                var fates = g.Select(Fate).ToList();
                return new SlipWeek(g.Key.By, g.Key.Week, fates.Count, fates.Count(f => f == "confirmed"), fates.Count(f => f == "corrected"), fates.Count(f => f == "open"));
            }).ToList();
    }
}
