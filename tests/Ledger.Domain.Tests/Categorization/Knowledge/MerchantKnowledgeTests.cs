using Ledger.Domain.Categorization.Knowledge;

namespace Ledger.Domain.Tests.Categorization.Knowledge;

public sealed class MerchantKnowledgeTests
{
    private static readonly MerchantKnowledge Kb = MerchantKnowledge.Shipped;

    [Theory]
    [InlineData("MONTHLY SERVICE FEE", -15, "bank-monthly-fee", "bank_fees")]
    [InlineData("OUTGOING WIRE FEE 240112", -30, "bank-wire-fee", "bank_fees")]
    [InlineData("THE HOME DEPOT #4521 OAKLAND CA", -88.10, "hardware-store", "repairs_materials")]
    [InlineData("UNITED AIRLINES 0162345678901 HOUSTON TX", -412, "airline", "airfare")]
    [InlineData("VERIZON WRLS 12345-01", -140, "telecom-phone", "phone")]
    [InlineData("GOOGLE*ADS8391022 CC@GOOGLE.COM", -250, "advertising", "advertising")]
    [InlineData("INTEREST PAYMENT", 3.10, "interest-earned", "interest_income")]
    [InlineData("INTEREST CHARGE ON PURCHASES", -12.50, "interest-charged", "interest_expense")]
    [InlineData("AUTOMATIC PAYMENT - THANK YOU", 2500, "card-payment-in", "card_payment_received")]
    public void Statement_lines_find_their_entry(string line, double amount, string id, string kind)
    {
        var hit = Kb.Match(line, (decimal)amount);
        Assert.NotNull(hit);
        Assert.Equal((id, kind), (hit.Entry.Id, hit.Entry.Kind));
    }

    [Fact]
    public void Unknown_lines_and_the_wrong_direction_find_nothing()
    {
        Assert.Null(Kb.Match("ACME WIDGETS CO 555-1234", -77m));
        Assert.Null(Kb.Match("MONTHLY SERVICE FEE", 15m));   // a fee is money out
    }

    [Fact]
    public void The_longest_phrase_wins_over_a_shorter_one_of_another_entry()
    {
        // "subway" alone is a sandwich shop; "subway fare" is transit.
        Assert.Equal("restaurant", Kb.Match("SUBWAY 01234 PORTLAND", -9m)!.Entry.Id);
        Assert.Equal("public-transit", Kb.Match("MTA SUBWAY FARE", -2.90m)!.Entry.Id);
    }

    [Fact]
    public void The_shipped_base_is_versioned_and_every_entry_has_a_known_kind_and_a_sane_prior()
    {
        Assert.StartsWith("kb-", Kb.Version);
        Assert.True(Kb.Entries.Count >= 40);
        Assert.All(Kb.Entries, e =>
        {
            Assert.Contains(e.Kind, Kb.Kinds.Keys);
            Assert.InRange(e.P, 0.5, 0.99);
            Assert.NotEmpty(e.Phrases);
            Assert.Contains(e.Direction, new string?[] { null, "in", "out" });
        });
        Assert.Equal(Kb.Entries.Count, Kb.Entries.Select(e => e.Id).Distinct().Count());
    }
}
