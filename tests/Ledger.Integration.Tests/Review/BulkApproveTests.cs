using Ledger.Domain.Categorization;
using Ledger.Domain.Review;
using Ledger.Projections.Categorization;
using Ledger.Projections.Journal;
using Marten;

namespace Ledger.Integration.Tests.Review;

/// <summary>Bulk approval is all or none; labels from reviews reach VendorStats and turn into a rule after N consistent answers.</summary>
public class BulkApproveTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task One_stale_version_or_one_unapprovable_item_and_nothing_of_the_bulk_is_recorded()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Bulk Co");
        var queue = (await desk.QueueAsync()).Items;
        var staples = queue.Single(i => i.Payee.StartsWith("STAPLES"));
        var fee = queue.Single(i => i.Payee.StartsWith("MONTHLY"));
        var before = await app.EventCountAsync(desk.Tenant.TenantId);

        var stale = await desk.Reviewer.PostAsJsonAsync("/api/review/bulk-approve",
            new { items = new[] { new { id = staples.TransactionId, version = staples.Version }, new { id = fee.TransactionId, version = fee.Version - 1 } } });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(fee.TransactionId, (await stale.Body()).GetProperty("current").GetProperty("transactionId").GetString());
        var unknown = await desk.Reviewer.PostAsJsonAsync("/api/review/bulk-approve",
            new { items = new[] { new { id = staples.TransactionId, version = staples.Version }, new { id = "nope", version = 3 } } });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(before, await app.EventCountAsync(desk.Tenant.TenantId));
        Assert.Equal(6, (await desk.QueueAsync()).Total);

        var ok = await desk.Reviewer.PostAsJsonAsync("/api/review/bulk-approve",
            new { items = new[] { new { id = staples.TransactionId, version = staples.Version }, new { id = fee.TransactionId, version = fee.Version } } });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(2, (await ok.Body()).GetProperty("approved").GetInt32());
        Assert.Equal(4, (await desk.QueueAsync()).Total);

        var byVendor = await desk.Reviewer.PostAsJsonAsync("/api/review/bulk-approve", new { vendor = queue.Single(i => i.Payee.StartsWith("PGANDE")).VendorKey });
        Assert.Equal(HttpStatusCode.OK, byVendor.StatusCode);
        Assert.Equal(3, (await desk.QueueAsync()).Total);

        await app.CatchUpAsync();
        await using var session = app.Store.QuerySession(desk.Tenant.TenantId);
        var entries = await session.Query<JournalEntryView>().ToListAsync();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal(e.Lines.Sum(l => l.Debit), e.Lines.Sum(l => l.Credit)));
        Assert.Equal(3, (await session.Events.QueryRawEventDataOnly<ReviewApproved>().ToListAsync()).Count);
    }

    [Fact]
    public async Task Reviewer_labels_reach_vendor_stats_and_promote_a_rule_after_n_consistent_answers()
    {
        const string acme = """
            Date,Description,Amount
            2026-11-06,ACME WIDGETS CO 555-1234,-77.00
            2026-11-13,ACME WIDGETS CO 555-1234,-81.00
            2026-11-20,ACME WIDGETS CO 555-1234,-64.50
            """;
        var desk = await ReviewDesk.OpenAsync(app, "Learning Co", acme, 3);   // starter: cold start = 3 labels
        var items = (await desk.QueueAsync()).Items;
        Assert.Equal(3, items.Count);
        var vendor = items[0].VendorKey;
        await using var session = app.Store.QuerySession(desk.Tenant.TenantId);
        for (var i = 0; i < 3; i++)
        {
            var response = await ReviewDesk.ActAsync(desk.Reviewer, items[i].TransactionId, "recategorize", new { accountCode = "6300", version = items[i].Version });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var stats = await session.LoadAsync<VendorStats>(vendor);
            Assert.Equal(i + 1, stats!.LabelsByAccount["6300"]);
            await app.WaitForRetrainChecksAsync();   // promotion follows the labels through the labels relay
            var promoted = await session.Events.FetchStreamAsync(CategorizerStreams.Id);
            Assert.Equal(i == 2, promoted.Any(e => e.Data is RulePromoted p && p.Rule.VendorKey == vendor && p.Rule.AccountCode == "6300"));
        }
        var state = await session.LoadAsync<CategorizerState>(CategorizerStreams.Id);
        Assert.Contains(state!.ActiveRules, r => r.VendorKey == vendor && r.AccountCode == "6300");
    }
}
