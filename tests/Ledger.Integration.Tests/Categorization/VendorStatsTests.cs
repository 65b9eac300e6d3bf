using System.Text;
using Ledger.Domain.Categorization;
using Ledger.Projections.Categorization;
using Marten;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>The vendor stats the database keeps with one upsert per label are what adding the labels one by one gives.</summary>
public class VendorStatsTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Stats_written_label_by_label_in_the_database_equal_the_labels_added_in_order()
    {
        var t = await app.OnboardAsync("Stats Co");
        var csv = new StringBuilder("date,description,amount,account\n");
        for (var i = 0; i < 27; i++) csv.Append($"2026-0{1 + i % 9}-1{i % 10},STAPLES 00123 SPRINGFIELD IL,-{10 + i}.00,{(i % 4 == 0 ? "6000" : "6300")}\n");
        csv.Append("2026-02-02,SQ *BLUE BOTTLE COFFEE SAN,-6.50,6200\n");
        (await app.Client(t.AdminToken).ImportLabelsAsync(csv.ToString())).EnsureSuccessStatusCode();

        await using var session = app.Store.QuerySession(t.TenantId);
        var labels = await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "transaction_labelled").OrderBy(e => e.Sequence).ToListAsync();
        var expected = new Dictionary<string, VendorStats>();
        foreach (var label in labels.Select(e => (TransactionLabelled)e.Data))
            (expected.TryGetValue(label.VendorKey, out var s) ? s : expected[label.VendorKey] = new VendorStats { Id = label.VendorKey }).Add(label);

        var stored = (await session.Query<VendorStats>().ToListAsync()).ToDictionary(s => s.Id);
        Assert.Equal(expected.Keys.Order(), stored.Keys.Order());
        foreach (var (vendor, want) in expected)
        {
            var got = stored[vendor];
            Assert.Equal(want.LabelsByAccount.OrderBy(p => p.Key), got.LabelsByAccount.OrderBy(p => p.Key));
            Assert.Equal(want.RecentLabels, got.RecentLabels);   // the last 20, oldest first
            Assert.Equal(want.Labels, got.Labels);               // with their amounts
            Assert.Equal((want.TotalLabels, want.LastLabelledAt), (got.TotalLabels, got.LastLabelledAt));
        }
        Assert.Equal(VendorStats.RecentKept, stored.Values.Max(s => s.RecentLabels.Count));
    }
}
