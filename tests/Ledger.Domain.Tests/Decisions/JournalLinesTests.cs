using Ledger.Domain.Accounts;
using Ledger.Domain.Decisions;

namespace Ledger.Domain.Tests.Decisions;

public class JournalLinesTests
{
    private static readonly ChartAccount Checking = new("1000", "Checking", AccountType.Asset);
    private static readonly ChartAccount Savings = new("1010", "Savings", AccountType.Asset);
    private static readonly ChartAccount Card = new("2000", "Visa", AccountType.Liability);
    private static readonly ChartAccount Supplies = new("6100", "Office Supplies", AccountType.Expense);
    private static readonly ChartAccount Meals = new("6200", "Meals", AccountType.Expense);
    private static readonly ChartAccount Sales = new("4000", "Sales", AccountType.Income);

    [Theory]
    // bank outflow: debit category, credit bank
    [InlineData("bank", -0.01, "6100", "1000")]
    [InlineData("bank", -1234567.89, "6100", "1000")]
    // bank inflow: debit bank, credit category
    [InlineData("bank", 0.01, "1000", "6100")]
    [InlineData("bank", 1234567.89, "1000", "6100")]
    // card charge: debit category, credit card (liability grows)
    [InlineData("card", -0.01, "6100", "2000")]
    [InlineData("card", -1234567.89, "6100", "2000")]
    // card payment / refund: debit card (liability shrinks), credit category
    [InlineData("card", 0.01, "2000", "6100")]
    [InlineData("card", 1234567.89, "2000", "6100")]
    public void Bank_transaction_sides_follow_direction_and_account_type(string kind, double signed, string debited, string credited)
    {
        var amount = (decimal)signed;
        var lines = JournalLines.ForBankTransaction(kind == "bank" ? Checking : Card, Supplies, amount, "memo");

        Assert.Equal(2, lines.Count);
        var debit = Assert.Single(lines, l => l.Debit > 0);
        var credit = Assert.Single(lines, l => l.Credit > 0);
        Assert.Equal(debited, debit.AccountCode);
        Assert.Equal(credited, credit.AccountCode);
        Assert.Equal(Math.Abs(amount), debit.Debit);
        Assert.Equal(Math.Abs(amount), credit.Credit);
        Assert.All(lines, l => Assert.Equal("memo", l.Memo));
        Assert.True(JournalLines.IsBalanced(lines));
    }

    [Fact]
    public void Deposit_into_bank_credits_income()
    {
        var lines = JournalLines.ForBankTransaction(Checking, Sales, 250.00m, "invoice 17");
        Assert.Equal(new JournalLine("1000", 250.00m, 0m, "invoice 17"), lines[0]);
        Assert.Equal(new JournalLine("4000", 0m, 250.00m, "invoice 17"), lines[1]);
    }

    [Fact]
    public void Zero_amount_is_refused() =>
        Assert.Throws<DomainException>(() => JournalLines.ForBankTransaction(Checking, Supplies, 0m, "x"));

    [Fact]
    public void Sub_cent_amount_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => JournalLines.ForBankTransaction(Checking, Supplies, -10.005m, "x"));
        Assert.Contains("more than 2 decimals", ex.Message);
    }

    [Fact]
    public void Trailing_zero_decimals_are_still_cents() =>
        Assert.True(JournalLines.IsBalanced(JournalLines.ForBankTransaction(Checking, Supplies, -10.5000m, "x")));

    [Fact]
    public void Expense_account_cannot_be_the_bank_side() =>
        Assert.Throws<DomainException>(() => JournalLines.ForBankTransaction(Supplies, Meals, -5m, "x"));

    [Fact]
    public void Split_outflow_debits_each_part_and_credits_bank_once()
    {
        var lines = JournalLines.ForSplit(Checking, [(Supplies, 60.25m), (Meals, 39.75m)], -100.00m);

        Assert.Equal(
            [new("6100", 60.25m, 0m, null), new("6200", 39.75m, 0m, null), new("1000", 0m, 100.00m, null)],
            lines);
        Assert.True(JournalLines.IsBalanced(lines));
    }

    [Fact]
    public void Split_inflow_on_card_debits_card_and_credits_parts()
    {
        var lines = JournalLines.ForSplit(Card, [(Supplies, 0.01m), (Meals, 1234567.88m)], 1234567.89m);

        Assert.Equal(new JournalLine("2000", 1234567.89m, 0m, null), lines[0]);
        Assert.Equal(0.01m, lines[1].Credit);
        Assert.Equal(1234567.88m, lines[2].Credit);
        Assert.True(JournalLines.IsBalanced(lines));
    }

    [Fact]
    public void Split_parts_off_by_a_cent_are_refused()
    {
        var ex = Assert.Throws<DomainException>(() =>
            JournalLines.ForSplit(Checking, [(Supplies, 60.25m), (Meals, 39.74m)], -100.00m));
        Assert.Contains("sum to 99.99", ex.Message);
    }

    [Fact]
    public void Split_with_negative_or_sub_cent_part_is_refused()
    {
        Assert.Throws<DomainException>(() => JournalLines.ForSplit(Checking, [(Supplies, 110m), (Meals, -10m)], -100m));
        Assert.Throws<DomainException>(() => JournalLines.ForSplit(Checking, [(Supplies, 50.005m), (Meals, 49.995m)], -100m));
        Assert.Throws<DomainException>(() => JournalLines.ForSplit(Checking, [], -100m));
    }

    [Fact]
    public void Transfer_debits_destination_and_credits_source()
    {
        var lines = JournalLines.ForTransfer(Checking, Savings, 500.00m);
        Assert.Equal([new("1010", 500.00m, 0m, null), new("1000", 0m, 500.00m, null)], lines);
    }

    [Fact]
    public void Card_payment_from_checking_is_a_transfer_that_shrinks_both()
    {
        var lines = JournalLines.ForTransfer(Checking, Card, 0.01m);
        Assert.Equal(new JournalLine("2000", 0.01m, 0m, null), lines[0]);
        Assert.Equal(new JournalLine("1000", 0m, 0.01m, null), lines[1]);
    }

    [Fact]
    public void Transfer_to_self_zero_or_to_expense_is_refused()
    {
        Assert.Throws<DomainException>(() => JournalLines.ForTransfer(Checking, Checking, 1m));
        Assert.Throws<DomainException>(() => JournalLines.ForTransfer(Checking, Savings, 0m));
        Assert.Throws<DomainException>(() => JournalLines.ForTransfer(Checking, Savings, -1m));
        Assert.Throws<DomainException>(() => JournalLines.ForTransfer(Checking, Supplies, 1m));
    }

    [Fact]
    public void Reversal_swaps_sides_and_nets_to_zero()
    {
        var original = JournalLines.ForSplit(Checking, [(Supplies, 60.25m), (Meals, 39.75m)], -100.00m);
        var reversed = JournalLines.Reverse(original);

        Assert.True(JournalLines.IsBalanced(reversed));
        Assert.Equal(new JournalLine("6100", 0m, 60.25m, null), reversed[0]);
        Assert.Equal(new JournalLine("1000", 100.00m, 0m, null), reversed[2]);
        var net = original.Concat(reversed).GroupBy(l => l.AccountCode).Select(g => g.Sum(l => l.Debit - l.Credit));
        Assert.All(net, n => Assert.Equal(0m, n));
    }

    [Fact]
    public void IsBalanced_detects_a_one_cent_difference()
    {
        Assert.False(JournalLines.IsBalanced([new("6100", 10.00m, 0m, null), new("1000", 0m, 9.99m, null)]));
        Assert.True(JournalLines.IsBalanced([]));
    }
}
