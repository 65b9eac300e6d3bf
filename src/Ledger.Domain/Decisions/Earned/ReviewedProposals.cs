namespace Ledger.Domain.Decisions.Earned;

/// <summary>A proposal a reviewer answered: what was proposed (with which source and calibrated p), and the answer.</summary>
public sealed record ReviewedProposal(string Source, double CalibratedP, string Proposed, string Answered, string VendorKey, decimal Amount);

/// <summary>
/// Turns reviewed proposals into the outcomes a threshold is earned on. A reviewer's answer is the only truth a tenant has,
/// and reviewers slip: a correction counts against the proposal unless the vendor's next two comparable transactions
/// (same direction, amount within a factor of two) were both answered with the very account that was proposed, i.e. the
/// reviewers themselves went back on it. A correction nobody went back on, or one not yet followed, counts.
/// </summary>
public static class ReviewedProposals
{
    public const int LaterAnswersToUndo = 2;

    public static IReadOnlyList<(string Source, ScoredOutcome Outcome, bool Slip)> Score(IReadOnlyList<ReviewedProposal> inOrder)
    {
        var byVendor = inOrder.Select((r, i) => (r, i)).GroupBy(x => x.r.VendorKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.i).ToList(), StringComparer.Ordinal);
        var result = new List<(string, ScoredOutcome, bool)>(inOrder.Count);
        for (var i = 0; i < inOrder.Count; i++)
        {
            var r = inOrder[i];
            var disagreed = r.Proposed != r.Answered;
            var slip = disagreed && Undone(inOrder, byVendor[r.VendorKey], i);
            result.Add((r.Source, new ScoredOutcome(r.CalibratedP, disagreed && !slip), slip));
        }
        return result;
    }

    static bool Undone(IReadOnlyList<ReviewedProposal> all, List<int> vendorIndexes, int at)
    {
        var r = all[at];
        var later = vendorIndexes.Where(j => j > at).Select(j => all[j]).Where(l => Comparable(r.Amount, l.Amount)).Take(LaterAnswersToUndo).ToList();
        return later.Count == LaterAnswersToUndo && later.All(l => l.Answered == r.Proposed);
    }

    static bool Comparable(decimal a, decimal b)
    {
        if (Math.Sign(a) != Math.Sign(b)) return false;
        var (x, y) = (Math.Abs(a), Math.Abs(b));
        return x <= 2 * y && y <= 2 * x;
    }
}
