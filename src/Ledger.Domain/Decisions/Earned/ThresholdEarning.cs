using Ledger.Domain.Categorization;
using NodaTime;

namespace Ledger.Domain.Decisions.Earned;

/// <summary>
/// From a tenant's recorded proposals and the reviewers' answers to them, the thresholds it earned: each proposal paired
/// with the first review label of its transaction, in the order they were answered, scored by <see cref="ReviewedProposals"/>,
/// then one threshold per source by <see cref="EarnedThresholds.Choose"/>. Proposals without an account (nothing to post)
/// and transactions nobody reviewed (auto-posted, or still queued) give no evidence.
/// </summary>
public static class ThresholdEarning
{
    public static IReadOnlyList<ReviewedProposal> Pair(IEnumerable<CategoryProposed> proposals, IEnumerable<TransactionLabelled> labels) =>
        Pairs(proposals, labels).Select(x => Reviewed(x.Proposal, x.Label)).ToList();

    /// <summary>The same pairs as calibration samples, each with the raw p its source gave (what a calibrator maps).</summary>
    public static IReadOnlyList<AnsweredProposal> Answered(IEnumerable<CategoryProposed> proposals, IEnumerable<TransactionLabelled> labels) =>
        Pairs(proposals, labels).Select(x => new AnsweredProposal(Reviewed(x.Proposal, x.Label), x.Proposal.RawP)).ToList();

    static ReviewedProposal Reviewed(CategoryProposed p, TransactionLabelled l) =>
        new(p.Source, p.CalibratedP, p.AccountCode!, l.AccountCode, l.VendorKey, l.Amount);

    static IEnumerable<(CategoryProposed Proposal, TransactionLabelled Label)> Pairs(IEnumerable<CategoryProposed> proposals, IEnumerable<TransactionLabelled> labels)
    {
        var byTransaction = proposals.Where(p => p.AccountCode is not null)
            .GroupBy(p => p.TransactionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.OrderBy(p => p.At).Last(), StringComparer.Ordinal);
        return labels.Where(l => l.Source == LabelSources.Review && l.TransactionId is not null)
            .OrderBy(l => l.At).ThenBy(l => l.PostedOn)
            .DistinctBy(l => l.TransactionId)
            .Where(l => byTransaction.ContainsKey(l.TransactionId!))
            .Select(l => (byTransaction[l.TransactionId!], l));
    }

    public static AutopostThresholdEarned Earn(IReadOnlyList<ReviewedProposal> reviewedInOrder, double floor, Instant now)
    {
        var scored = ReviewedProposals.Score(reviewedInOrder);
        var bySource = scored.GroupBy(s => s.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => EarnedThresholds.Choose(g.Key, g.Select(s => s.Outcome).ToList(), floor)).ToList();
        return new AutopostThresholdEarned(bySource, floor, EarnedThresholds.MaxErrorRate, EarnedThresholds.Confidence,
            reviewedInOrder.Count, scored.Count(s => s.Slip), now);
    }
}
