using Ledger.Domain.Categorization.Evaluation;
using Xunit.Abstractions;

namespace Ledger.Domain.Tests.Categorization;

public sealed class HardFeedGeneratorTests(ITestOutputHelper output)
{
    [Fact]
    public void Same_seed_gives_the_same_feed_and_another_seed_does_not()
    {
        var a = HardFeedGenerator.Generate(seed: 7);
        Assert.Equal(a, HardFeedGenerator.Generate(seed: 7));
        Assert.NotEqual(a, HardFeedGenerator.Generate(seed: 8));
    }

    [Fact]
    public void A_year_of_rows_in_date_order_with_the_promised_difficulties()
    {
        var rows = HardFeedGenerator.Generate();
        output.WriteLine($"rows={rows.Count} accounts={rows.Select(r => r.TrueAccountCode).Distinct().Count()} " +
                         $"descriptions={rows.Select(r => r.RawDescription).Distinct().Count()}");
        foreach (var r in rows.Take(15)) output.WriteLine($"{r.Date} {r.RawDescription,-42} {r.Amount,10} {r.BankAccount} {r.TrueAccountCode}");
        Assert.InRange(rows.Count, 3000, 6000);
        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Date <= p.Second.Date));
        Assert.All(rows, r => Assert.Equal(2024, r.Date.Year));

        var amazon = rows.Where(r => r.RawDescription.StartsWith("AMZN", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Contains(amazon, r => r.TrueAccountCode == HardFeedChart.OfficeSupplies);
        Assert.Contains(amazon, r => r.TrueAccountCode == HardFeedChart.Equipment);
        Assert.True(rows.Where(r => r.RawDescription.StartsWith("SHOPIFY")).All(r => r.Date.Month >= 6));
        Assert.Contains(rows, r => r.Amount > 0 && r.RawDescription.StartsWith("REFUND "));
        Assert.Contains(rows, r => r.TrueAccountCode == HardFeedChart.CardPayment && r.Amount < 0);
        Assert.Contains(rows, r => r.TrueAccountCode == HardFeedChart.Checking && r.BankAccount == "CARD-1007");
        Assert.Contains(rows, r => r.RawDescription.StartsWith("POS PURCHASE") && r.RawDescription.Contains("SHELL OIL"));
    }
}
