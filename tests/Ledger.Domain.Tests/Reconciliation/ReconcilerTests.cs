using Ledger.Domain.Lifecycle;
using Ledger.Domain.Reconciliation;
using Ledger.Domain.Review;
using NodaTime;

namespace Ledger.Domain.Tests.Reconciliation;

public class ReconcilerTests
{
    static readonly LocalDate May31 = new(2024, 5, 31);
    static LocalDate D(int d) => new(2024, 5, d);
    static BankLine Line(string id, int day, decimal amount, string status = TransactionStatus.Posted, string? counterpart = null, bool reversed = false) =>
        new(id, D(day), amount, id.ToUpperInvariant(), status, counterpart, reversed);
    static BookPosting Post(string source, int day, decimal effect, bool opening = false) => new(Guid.NewGuid(), source, D(day), effect, opening);

    [Fact]
    public void Every_line_booked_once_reconciles_to_zero()
    {
        var r = Reconciler.Reconcile("1000", May31, 170m, [Line("a", 2, -30m), Line("b", 3, 100m)],
            [Post("opening-1000", 1, 100m, opening: true), Post("a", 2, -30m), Post("b", 3, 100m)]);
        Assert.Equal((170m, 0m, 0m, 2), (r.BookBalance, r.Difference, r.Unexplained, r.MatchedLines));
        Assert.Empty(r.Items);
        Assert.True(r.Reconciled);
    }

    [Fact]
    public void The_difference_is_explained_line_by_line()
    {
        var lines = new[]
        {
            Line("queued", 2, -30m, TransactionStatus.InReview), Line("personal", 3, -12m, TransactionStatus.Excluded),
            Line("undone", 4, -8m, TransactionStatus.InReview, reversed: true), Line("twice", 5, -500m, counterpart: "card-leg"),
            Line("later", 20, -1m, TransactionStatus.InReview),
        };
        var postings = new[]
        {
            Post("undone", 4, -8m), Post("undone", 4, 8m), Post("twice", 5, -500m), Post("card-leg", 6, -500m), Post("stray", 7, 40m),
            Post("after", 31 - 0, 0m),
        };
        var bank = 1000m - 30m - 12m - 8m - 500m - 1m;
        var r = Reconciler.Reconcile("1000", May31, bank, lines, [Post("opening-1000", 1, 1000m, opening: true), .. postings]);
        Assert.Equal(1000m - 500m - 500m + 40m, r.BookBalance);
        Assert.Equal(
            [(ReconciliationKinds.InReview, -30m), (ReconciliationKinds.Excluded, -12m), (ReconciliationKinds.Reversed, -8m),
             (ReconciliationKinds.PostedTwice, 500m), (ReconciliationKinds.WithoutBankLine, -40m), (ReconciliationKinds.InReview, -1m)],
            r.Items.Select(i => (i.Kind, i.Effect)));
        Assert.Equal(r.Difference, r.Items.Sum(i => i.Effect));
        Assert.Equal(0m, r.Unexplained);
    }

    [Fact]
    public void A_transfer_booked_once_on_the_other_leg_matches_and_an_opening_entry_that_differs_is_unexplained()
    {
        var r = Reconciler.Reconcile("1000", May31, 450m, [Line("pay", 5, -500m, ReconciliationFacts.Covered, counterpart: "card-leg")],
            [Post("opening-1000", 1, 900m, opening: true), Post("card-leg", 6, -500m)]);
        Assert.Empty(r.Items);
        Assert.Equal(50m, r.Unexplained);
    }

    [Fact]
    public void Lines_and_entries_after_the_statement_date_are_left_out()
    {
        var r = Reconciler.Reconcile("1000", D(10), 0m, [Line("late", 12, -5m)], [Post("late", 12, -5m)]);
        Assert.Equal((0, 0m, 0m), (r.BankLines, r.BookBalance, r.Difference));
    }
}
