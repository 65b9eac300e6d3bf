using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Evaluation;
using NodaTime;

namespace Ledger.Domain.Tests.Categorization;

/// <summary>
/// A slip the rule suspects is held in production until the reviewer answers "did you mean ...?" again; the replay takes the
/// adjudicated account as that second answer, so a caught slip teaches nothing wrong, and an uncaught one still does.
/// </summary>
public sealed class SecondLookReplayTests
{
    static readonly LocalDate Start = new(2025, 1, 1);

    // Three vendors of three accounts a week apart through the three months of history, then the replayed rows.
    static List<FeedRow> Feed(string slipRecordedAs)
    {
        var rows = new List<FeedRow>();
        for (var week = 0; week < 13; week++)
        {
            var day = Start.PlusWeeks(week);
            rows.Add(new FeedRow(day, "ACE HARDWARE #12", -40m, "1000", "6100"));
            rows.Add(new FeedRow(day.PlusDays(1), "BLUE BOTTLE COFFEE", -6.50m, "1000", "6200"));
            rows.Add(new FeedRow(day.PlusDays(2), "VERIZON WIRELESS", -80m, "1000", "6300"));
        }
        var replayed = Start.PlusMonths(3).PlusDays(1);
        rows.Add(new FeedRow(replayed, "ACE HARDWARE #12", -40m, "1000", slipRecordedAs) { AdjudicatedAccount = "6100" });
        rows.Add(new FeedRow(replayed.PlusDays(1), "ACE HARDWARE #12", -40m, "1000", "6100") { AdjudicatedAccount = "6100" });
        return rows;
    }

    [Fact]
    public void A_suspected_slip_answered_again_leaves_the_vendor_as_confident_as_an_honest_answer_would()
    {
        var honest = EvaluationRun.Replay(Feed("6100"));
        var secondLook = EvaluationRun.Replay(Feed("6200"));
        var firstAnswerLearnt = EvaluationRun.Replay(Feed("6200"), new EvaluationOptions { SecondLookAtSuspectedAnswers = false });

        Assert.True(secondLook.Outcomes[0].SlipSuspected, "13 of 13 hardware labels name 6100: booking it to meals is suspected");
        var next = (Honest: honest.Outcomes[1], SecondLook: secondLook.Outcomes[1], FirstAnswer: firstAnswerLearnt.Outcomes[1]);
        Assert.Equal("6100", next.SecondLook.ProposedAccount);
        Assert.Equal(next.Honest.RawProbability, next.SecondLook.RawProbability);
        Assert.Equal(ProposalSources.VendorHistory, next.SecondLook.Source);
        // Learnt as first given, the slip mixes the vendor's history and, being the nearest amount, is what history would answer.
        Assert.NotEqual(ProposalSources.VendorHistory, next.FirstAnswer.Source);
        Assert.Contains(next.FirstAnswer.Trace, line => line.Contains("mixed (6100x13, 6200x1)", StringComparison.Ordinal));
    }
}
