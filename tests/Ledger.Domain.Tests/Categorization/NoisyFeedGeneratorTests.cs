using Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

namespace Ledger.Domain.Tests.Categorization;

public sealed class NoisyFeedGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_feed_and_another_seed_does_not()
    {
        var a = NoisyFeedGenerator.Generate(seed: 21);
        Assert.Equal(a, NoisyFeedGenerator.Generate(seed: 21));
        Assert.NotEqual(a, NoisyFeedGenerator.Generate(seed: 22));
    }

    [Fact]
    public void Three_tenants_a_year_each_with_the_noise_it_promises()
    {
        var rows = NoisyFeedGenerator.Generate(seed: 21);
        Assert.Equal(3, rows.Select(r => r.Tenant).Distinct().Count());
        foreach (var tenant in rows.GroupBy(r => r.Tenant))
            Assert.True(tenant.Zip(tenant.Skip(1)).All(p => p.First.Date <= p.Second.Date), $"{tenant.Key} out of time order");
        // Reviewer slips: the recorded account differs from the adjudicated one on about 1.5% of rows, never more than 3%.
        var slips = rows.Count(r => r.TrueAccountCode != r.Truth);
        Assert.InRange(slips, 1, rows.Count * 3 / 100);
        // One vendor, several bank formats: a Home Depot line is printed as a card line and as a debit-card line.
        var depot = rows.Where(r => r.RawDescription.Contains("HOME DEPOT")).ToList();
        Assert.Contains(depot, r => r.RawDescription.StartsWith("PURCHASE AUTHORIZED ON") || r.RawDescription.StartsWith("CHECKCARD") || r.RawDescription.StartsWith("POS DEBIT"));
        Assert.Contains(depot, r => r.RawDescription.StartsWith("HOME DEPOT") || r.RawDescription.StartsWith("THE HOME DEPOT"));
        // Amount decides the account of a split vendor; card lines carry the bank's category, checks carry nothing to learn from.
        Assert.True(depot.Where(r => r.Tenant == "brightway-cleaning").Select(r => r.Truth).Distinct().Count() >= 2);
        Assert.Contains(rows, r => r.BankCategory == "Gas/Automotive");
        Assert.Contains(rows, r => r.RawDescription.StartsWith("CHECK"));
        Assert.Contains(rows, r => r.RawDescription.StartsWith("ZELLE"));
    }
}
