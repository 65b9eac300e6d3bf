using Ledger.Domain.Decisions.Earned;

namespace Ledger.Domain.Categorization;

/// <summary>
/// A proposal a reviewer answered, as a calibration sample: the raw p its source gave, the reviewed proposal (proposed
/// and answered accounts, vendor, amount) and whether the slip rule suspected the answer.
/// </summary>
public sealed record AnsweredProposal(ReviewedProposal Reviewed, double RawP, bool SlipSuspected = false);

/// <summary>
/// Turns answered proposals into per-source calibration samples, scoring them as the earned thresholds are scored
/// (<see cref="ReviewedProposals"/>, docs/decisions.md 15 and 33): a correction the reviewers went back on (the vendor's
/// next two comparable answers name the proposed account) is not the source's error, and an answer the slip rule
/// suspected is no sample at all (production holds its label until the reviewer confirms it). Reviewers slip about 1.5% of
/// the time; counted as errors, those slips made vendor history, right 99.5-99.9% of the time, look 1-2 points worse
/// than it is, and that under-confidence at the top bin was most of the pooled ECE (README, round 5).
/// </summary>
public static class CalibrationEvidence
{
    public static Dictionary<string, List<(double RawP, bool Correct)>> Of(IReadOnlyList<AnsweredProposal> inOrder)
    {
        var scored = ReviewedProposals.Score(inOrder.Select(a => a.Reviewed).ToList());
        var samples = new Dictionary<string, List<(double, bool)>>(StringComparer.Ordinal);
        for (var i = 0; i < inOrder.Count; i++)
        {
            if (inOrder[i].SlipSuspected) continue;
            var source = inOrder[i].Reviewed.Source;
            if (!samples.TryGetValue(source, out var list)) samples[source] = list = [];
            list.Add((inOrder[i].RawP, !scored[i].Outcome.Error));
        }
        return samples;
    }
}
