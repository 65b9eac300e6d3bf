using Ledger.Domain.Categorization;
using Ledger.Domain.Metrics;
using Ledger.Domain.Review;
using NodaTime;

namespace Ledger.Domain.Tests.Metrics;

/// <summary>Suspected slips per reviewer and week, and what became of each.</summary>
public class SlipTallyTests
{
    static readonly Instant Monday = Instant.FromUtc(2026, 11, 2, 10, 0);   // 2026-11-02 is a Monday

    static SlipSuspected Slip(string tx, string by, Instant at) => new(tx, "6000", new SlipEvidence("6300", "Office", 12, 12, null),
        new TransactionLabelled(tx, "v", "d", null, -1m, "1000", "6000", LabelSources.Review, by, new LocalDate(2026, 11, 1), at), by, at);

    [Fact]
    public void Each_slip_counts_once_in_its_reviewers_week_as_confirmed_corrected_or_open()
    {
        var sunday = Monday + Duration.FromDays(6);
        var slips = new[] { Slip("a", "rita", Monday), Slip("b", "rita", sunday), Slip("c", "sam", Monday), Slip("d", "rita", Monday + Duration.FromDays(7)) };
        var weeks = SlipTally.ByReviewerAndWeek(slips, [new ReviewConfirmed("a", "6000", "sam", Monday + Duration.FromHours(1))],
            [("b", sunday + Duration.FromMinutes(5)), ("c", Monday - Duration.FromDays(1))]);   // c's reversal came before its slip

        Assert.Equal([
            new SlipWeek("rita", new LocalDate(2026, 11, 2), 2, 1, 1, 0),
            new SlipWeek("sam", new LocalDate(2026, 11, 2), 1, 0, 0, 1),
            new SlipWeek("rita", new LocalDate(2026, 11, 9), 1, 0, 0, 1),
        ], weeks);
    }
}
