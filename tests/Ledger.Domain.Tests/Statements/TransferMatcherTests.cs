using Ledger.Domain.Statements;
using NodaTime;
using Xunit;

namespace Ledger.Domain.Tests.Statements;

public class TransferMatcherTests
{
    static TransferCandidate Tx(string id, string account, int day, decimal amount) => new(id, account, new LocalDate(2026, 3, day), amount);

    [Fact]
    public void A_checking_outflow_and_a_card_payment_two_days_later_pair()
    {
        var pairs = TransferMatcher.Match([Tx("chk-1", "1000", 10, -500.00m)], [Tx("card-1", "2100", 12, 500.00m)]);

        var pair = Assert.Single(pairs);
        Assert.Equal("chk-1", pair.Transaction.TransactionId);
        Assert.Equal("card-1", pair.Counterpart.TransactionId);
        Assert.Equal(2, pair.DaysApart);
    }

    [Theory]
    [InlineData(13, 500.00, true)]   // 3 days: still a transfer
    [InlineData(14, 500.00, false)]  // 4 days: too far apart
    [InlineData(12, -500.00, false)] // same sign: two outflows, not a transfer
    [InlineData(12, 500.01, false)]  // a cent off
    public void Only_opposite_equal_amounts_within_three_days_pair(int day, double amount, bool pairs)
    {
        var result = TransferMatcher.Match([Tx("chk-1", "1000", 10, -500.00m)], [Tx("card-1", "2100", day, (decimal)amount)]);
        Assert.Equal(pairs, result.Count == 1);
    }

    [Fact]
    public void Two_transactions_of_the_same_account_never_pair()
    {
        Assert.Empty(TransferMatcher.Match([Tx("chk-1", "1000", 10, -500m)], [Tx("chk-2", "1000", 10, 500m)]));
    }

    [Fact]
    public void The_closest_date_wins_and_each_transaction_pairs_once()
    {
        var imported = new[] { Tx("chk-a", "1000", 10, -200m), Tx("chk-b", "1000", 11, -200m) };
        var existing = new[] { Tx("card-far", "2100", 13, 200m), Tx("card-near", "2100", 11, 200m) };

        var pairs = TransferMatcher.Match(imported, existing).Select(p => (p.Transaction.TransactionId, p.Counterpart.TransactionId)).ToList();

        // chk-b/card-near (0 days) first; then chk-a may only take card-far (3 days), never card-near again.
        Assert.Equal([("chk-b", "card-near"), ("chk-a", "card-far")], pairs);
    }

    [Fact]
    public void Ties_are_broken_by_id_whatever_the_input_order()
    {
        var imported = new[] { Tx("chk-2", "1000", 10, -75m), Tx("chk-1", "1000", 10, -75m) };
        var existing = new[] { Tx("card-9", "2100", 11, 75m) };

        var forward = TransferMatcher.Match(imported, existing);
        var backward = TransferMatcher.Match(imported.Reverse(), existing.Reverse());

        Assert.Equal("chk-1", Assert.Single(forward).Transaction.TransactionId);
        Assert.Equal(forward, backward);
    }

    [Fact]
    public void A_refund_into_the_card_pairs_with_money_back_into_checking_too()
    {
        // Inflow on the imported side, outflow on the existing side: direction does not matter, only opposite signs.
        var pair = Assert.Single(TransferMatcher.Match([Tx("chk-1", "1000", 10, 1200m)], [Tx("sav-1", "1010", 9, -1200m)]));
        Assert.Equal("sav-1", pair.Counterpart.TransactionId);
    }
}
