using Ledger.Domain.Receipts;
using Ledger.Domain.Receipts.Matching;
using NodaTime;

namespace Ledger.Domain.Tests.Receipts;

public class ReceiptMatcherTests
{
    static readonly LocalDate May3 = new(2024, 5, 3);
    static readonly MatchOptions Options = MatchOptions.Default;

    static ReceiptFacts Facts(string merchant, LocalDate date, decimal total, bool tip = false, string? currency = null) => new(
        new(merchant, 0.9, "t"), new(date, 0.9, "t"), new(total, 0.9, "t"), null, currency is null ? null : new(currency, 0.9, "t"),
        tip ? new(true, 0.7, "t") : null);

    static MatchCandidate Line(string id, LocalDate on, decimal amount, string payee, string? currency = null) => new(id, "2100", on, amount, payee, currency);

    [Fact]
    public void An_exact_amount_near_the_date_from_the_same_vendor_is_matched_with_its_reasons()
    {
        var outcome = ReceiptMatcher.Decide(Facts("The Home Depot", May3, 123.46m),
            [Line("tx-a", May3.PlusDays(2), -123.46m, "THE HOME DEPOT #4521 AUSTIN TX"), Line("tx-b", May3.PlusDays(1), -57.10m, "SHELL OIL 5744")], Options);

        Assert.Equal("tx-a", outcome.Match?.TransactionId);
        Assert.True(outcome.Match!.Score > 0.9, $"score {outcome.Match.Score}");
        Assert.Contains("amount 123.46 equals the receipt total", outcome.Match.Reasons);
        Assert.Contains("posted 2 days after the receipt's date", outcome.Match.Reasons);
        Assert.Contains(outcome.Match.Reasons, r => r.StartsWith("vendor "));
    }

    [Fact]
    public void A_restaurant_line_carrying_a_tip_matches_but_a_shop_line_with_extra_does_not()
    {
        var dinner = Facts("Torchy's Tacos", May3, 48.50m, tip: true);
        var line = Line("tx-t", May3.PlusDays(3), -58.20m, "TST* TORCHYS TACOS AUSTIN TX");
        var outcome = ReceiptMatcher.Decide(dinner, [line], Options);
        Assert.Equal("tx-t", outcome.Match?.TransactionId);
        Assert.Contains(outcome.Match!.Reasons, r => r.Contains("plus a tip of 9.70 (20%)"));

        Assert.Null(ReceiptMatcher.Score(dinner with { TipExpected = null }, line, Options));
        Assert.Null(ReceiptMatcher.Score(dinner, line with { Amount = -68.00m }, Options));   // 40%: no tip is that large
    }

    [Fact]
    public void Two_lines_equally_likely_are_possible_matches_not_a_match()
    {
        var outcome = ReceiptMatcher.Decide(Facts("Amazon", May3, 29.99m),
            [Line("tx-1", May3.PlusDays(1), -29.99m, "AMAZON MKTPL*2K4"), Line("tx-2", May3.PlusDays(2), -29.99m, "AMAZON MKTPL*9Z1")], Options);

        Assert.Null(outcome.Match);
        Assert.True(outcome.IsAmbiguous);
        Assert.Equal(["tx-1", "tx-2"], outcome.Possible.Select(p => p.TransactionId));
    }

    [Fact]
    public void Lines_outside_the_date_window_in_another_currency_or_incoming_are_no_candidates()
    {
        var receipt = Facts("Staples", May3, 19.99m, currency: "EUR");
        Assert.Null(ReceiptMatcher.Score(receipt, Line("x", May3.PlusDays(9), -19.99m, "STAPLES"), Options));
        Assert.Null(ReceiptMatcher.Score(receipt, Line("x", May3.PlusDays(-3), -19.99m, "STAPLES"), Options));
        Assert.Null(ReceiptMatcher.Score(receipt, Line("x", May3, -19.99m, "STAPLES", "USD"), Options));
        Assert.Null(ReceiptMatcher.Score(receipt, Line("x", May3, 19.99m, "STAPLES"), Options));
        Assert.NotNull(ReceiptMatcher.Score(receipt, Line("x", May3, -19.99m, "STAPLES", "EUR"), Options));
    }

    static ReceiptState State(string id) => ReceiptState.Start(new ReceiptReceived(id, "r.pdf", "application/pdf", ReceiptKinds.Pdf, 10, "ab", "ab", null,
        "ana", "upload", Instant.FromUtc(2024, 5, 9, 0, 0)));

    [Fact]
    public void An_unmatch_by_a_person_is_remembered_and_a_later_match_clears_it()
    {
        var at = Instant.FromUtc(2024, 5, 9, 0, 0);
        var state = State("rcpt-1").Evolve(new ReceiptMatched("rcpt-1", "tx-a", 0.9, [], Matchers.Auto, at))
            .Evolve(new ReceiptUnmatched("rcpt-1", "tx-a", "ana", "wrong", at));
        Assert.Null(state.MatchedTransactionId);
        Assert.Equal(["tx-a"], state.Rejected);
        Assert.Empty(state.Evolve(new ReceiptMatched("rcpt-1", "tx-a", 0.9, [], "ana", at)).Rejected);
    }

    [Fact]
    public void A_line_a_reviewer_unmatched_is_not_matched_again_automatically()
    {
        var receipt = State("rcpt-1") with { RejectedTransactionIds = ["tx-a"] };
        var outcome = new MatchOutcome(new CandidateScore("tx-a", 0.95, ["r"]), []);
        Assert.Null(ReceiptDecisions.AutoMatch(receipt, outcome, Instant.FromUtc(2024, 5, 9, 0, 0)));
        Assert.NotNull(ReceiptDecisions.AutoMatch(State("rcpt-1"), outcome, Instant.FromUtc(2024, 5, 9, 0, 0)));
    }

    [Fact]
    public void A_manual_match_elsewhere_unmatches_first_and_records_who()
    {
        var receipt = State("rcpt-1") with { MatchedTransactionId = "tx-a" };
        var events = ReceiptDecisions.ManualMatch(receipt, "tx-b", null, "ana", Instant.FromUtc(2024, 5, 9, 0, 0));
        Assert.Collection(events,
            e => Assert.Equal("tx-a", Assert.IsType<ReceiptUnmatched>(e).TransactionId),
            e => Assert.Equal(("tx-b", "ana"), (Assert.IsType<ReceiptMatched>(e).TransactionId, ((ReceiptMatched)e).MatchedBy)));
        Assert.Empty(ReceiptDecisions.ManualMatch(receipt, "tx-a", null, "ana", Instant.FromUtc(2024, 5, 9, 0, 0)));
    }
}
