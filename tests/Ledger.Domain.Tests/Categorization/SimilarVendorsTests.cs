using Ledger.Domain.Categorization;

namespace Ledger.Domain.Tests.Categorization;

/// <summary>Which labelled vendor a never-labelled vendor's key is a variant of (cascade generation 8).</summary>
public sealed class SimilarVendorsTests
{
    [Theory]
    [InlineData("wakemed", "wakemed-ca", 1)]                 // a state the key kept after the name
    [InlineData("untappd", "untappd-for-business", 1)]
    [InlineData("salon-centric-elk", "salon-centric", 2)]     // a city's first word kept after the name
    [InlineData("duke-health-elk", "duke-health-reno", 2)]    // two shared leading tokens, neither a prefix
    [InlineData("duke-health-reno", "duke-energy", 0)]        // one shared token, neither a prefix: another payee
    [InlineData("deposit-shopify", "deposit-sq", 0)]
    [InlineData("duke", "duke-energy", 0)]                    // too few letters: "DUKE HEALTH ID" is not Duke Energy
    [InlineData("food-bank", "food", 0)]
    [InlineData("wakemed", "wakemed", 0)]                     // the same vendor is not a variant of itself
    [InlineData("unknown", "unknown-x", 0)]
    [InlineData("online-transfer-to-sav", "online-transfer-to-chk", 0)]           // how the money moved, not to whom
    [InlineData("zelle-payment-to-luis-martinez", "zelle-payment-to-alamo-tree", 0)]
    [InlineData("zelle-payment-from-david-smith", "zelle-payment-from-david-nguyen", 0)] // one shared name: another person
    [InlineData("zelle-payment-from-david-nguyen-x7", "zelle-payment-from-david-nguyen", 5)]
    public void Keys_are_similar_when_one_is_the_others_leading_tokens_or_they_share_two(string key, string labelled, int shared) =>
        Assert.Equal(shared, SimilarVendors.Shared(key, labelled));

    [Fact]
    public void The_most_alike_labelled_vendor_wins_then_the_most_labelled_whatever_the_order()
    {
        (string, int)[] labelled = [("salon-centric", 3), ("salon-centric-sparks", 1), ("salon-supply", 40), ("duke-energy", 9)];
        Assert.Equal("salon-centric-sparks", SimilarVendors.Best("salon-centric-sparks-nv", labelled));
        Assert.Equal("salon-centric", SimilarVendors.Best("salon-centric-elk", labelled));
        Assert.Equal("salon-centric", SimilarVendors.Best("salon-centric-elk", labelled.Reverse()));
        Assert.Null(SimilarVendors.Best("salon-pro", labelled));
    }
}
