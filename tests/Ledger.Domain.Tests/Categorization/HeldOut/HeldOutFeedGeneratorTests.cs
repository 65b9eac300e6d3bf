using Ledger.Domain.Categorization.Evaluation.HeldOut;

namespace Ledger.Domain.Tests.Categorization.HeldOut;

public class HeldOutFeedGeneratorTests
{
    private static string Csv(string style, int seed)
    {
        var writer = new StringWriter();
        HeldOutFeedCsv.Write(HeldOutFeedGenerator.Generate(HeldOutStyles.Tenants(style), 2024, seed), writer);
        return writer.ToString();
    }

    [Fact]
    public void The_same_seed_writes_the_same_feed_and_another_seed_a_different_one()
    {
        var first = Csv("b", seed: 11);

        Assert.Equal(first, Csv("b", seed: 11));
        Assert.NotEqual(first, Csv("b", seed: 12));
    }

    [Fact]
    public void Written_rows_read_back_whole_and_every_account_is_in_the_tenants_chart()
    {
        var tenants = HeldOutStyles.Tenants("b");
        var rows = HeldOutFeedGenerator.Generate(tenants, 2024, seed: 3);
        var writer = new StringWriter();
        HeldOutFeedCsv.Write(rows, writer);

        var read = HeldOutFeedCsv.Read(new StringReader(writer.ToString()));

        Assert.Equal(rows, read);
        // Quoted fields survive: some payees print a comma ("RINGCENTRAL, INC.").
        Assert.Contains(read, r => r.Description.Contains(','));
        foreach (var tenant in tenants)
        {
            var codes = tenant.Chart.Select(a => a.Code).ToHashSet();
            var mine = read.Where(r => r.Tenant == tenant.Name).ToList();
            Assert.InRange(mine.Count, 600, 1200);
            Assert.All(mine, r => Assert.True(codes.Contains(r.Account) && codes.Contains(r.TrueAccount) && codes.Contains(r.BankAccount), r.ToString()));
            Assert.All(mine, r => Assert.NotEqual(r.BankAccount, r.Account));
            Assert.InRange(mine.Count(r => r.IsSlip) / (double)mine.Count, 0.01, 0.02);
        }
    }
}
