using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Domain.Decisions.Earned;
using NodaTime;

namespace Ledger.Domain.Tests.Decisions.Earned;

public sealed class ThresholdEarningAnsweredTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static CategoryProposed Proposed(string tx, string source, string account, double raw, double calibrated, int minute) =>
        new(tx, source, account, "acme", raw, calibrated, [], null, "c-1", null, null, 0m, [], 0.1, T0.Plus(Duration.FromMinutes(minute)));

    private static TransactionLabelled Answer(string tx, string account, string source, int minute) =>
        new(tx, "acme", "ACME SUPPLY 0042", null, -80m, "chk", account, source, "ana", new LocalDate(2026, 3, 2), T0.Plus(Duration.FromMinutes(minute)));

    [Fact]
    public void Each_reviewed_proposal_becomes_a_sample_with_its_raw_p_and_the_reviewers_answer()
    {
        var proposals = new[]
        {
            Proposed("tx-1", ProposalSources.Model, "6300", raw: 0.62, calibrated: 0.71, minute: 0),
            Proposed("tx-2", ProposalSources.Model, "6300", raw: 0.55, calibrated: 0.64, minute: 1),
            Proposed("tx-2", ProposalSources.Model, "6400", raw: 0.58, calibrated: 0.66, minute: 2), // re-proposed: the last counts
            Proposed("tx-3", ProposalSources.Knowledge, "6500", raw: 0.90, calibrated: 0.93, minute: 3),
        };
        var labels = new[]
        {
            Answer("tx-2", "6300", LabelSources.Review, minute: 11),
            Answer("tx-1", "6300", LabelSources.Review, minute: 10),
            Answer("tx-3", "6500", LabelSources.History, minute: 12), // not a review: no evidence
        };

        var answered = ThresholdEarning.Answered(proposals, labels);

        // In the order answered; tx-2's last proposal (6400) was corrected to 6300.
        Assert.Equal([(0.62, "6300", "6300"), (0.58, "6400", "6300")], answered.Select(a => (a.RawP, a.Reviewed.Proposed, a.Reviewed.Answered)));
        Assert.Equal([(0.62, true), (0.58, false)], CalibrationEvidence.Of(answered)[ProposalSources.Model]);
    }
}
