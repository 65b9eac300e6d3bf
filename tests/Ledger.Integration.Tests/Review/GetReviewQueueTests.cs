using System.Text.Json;
using Ledger.Api.Review;

namespace Ledger.Integration.Tests.Review;

/// <summary>The reviewer's queue: filters, sort, pages and counts, plus the explain drawer and who may see or act on what.</summary>
public class GetReviewQueueTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Filters_sort_pages_and_counts_by_reason()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Queue Co");
        var all = await desk.QueueAsync();
        Assert.Equal(6, all.Total);
        Assert.Equal(6, all.CountsByReason["autopost_disabled"]);
        Assert.Equal(1, all.CountsByReason["cold_start_vendor"]);
        Assert.All(all.Items, i => Assert.True(i.Version >= 3));
        Assert.Equal(all.Items.Select(i => i.PostedOn).OrderBy(d => d), all.Items.Select(i => i.PostedOn));

        Assert.Equal(["PGANDE WEB ONLINE"], (await desk.QueueAsync("?from=2026-11-04&to=2026-11-04")).Items.Select(i => i.Payee));
        var big = await desk.QueueAsync("?minAmount=100&sort=amount&dir=desc");
        Assert.Equal([1200.00m, -131.20m], big.Items.Select(i => i.Amount));
        Assert.Equal([-5.75m, -15.00m], (await desk.QueueAsync("?maxAmount=20&sort=amount")).Items.Select(i => i.Amount));
        var cold = await desk.QueueAsync("?reason=cold_start_vendor");
        Assert.Equal((1, "ACME WIDGETS CO 555-1234"), (cold.Total, cold.Items.Single().Payee));
        Assert.Equal(1, cold.CountsByReason["cold_start_vendor"]);
        var staples = all.Items.Single(i => i.Payee.StartsWith("STAPLES"));
        Assert.Equal([staples.TransactionId], (await desk.QueueAsync($"?vendor={Uri.EscapeDataString(staples.VendorKey)}")).Items.Select(i => i.TransactionId));
        Assert.Equal(6, (await desk.QueueAsync("?bankAccount=1000")).Total);
        Assert.Equal(0, (await desk.QueueAsync("?bankAccount=2000")).Total);

        var band = await desk.QueueAsync("?minP=0.5&maxP=1&sort=p&dir=desc");
        Assert.All(band.Items, i => Assert.InRange(i.CalibratedP, 0.5, 1));
        Assert.Equal(band.Items.Select(i => i.CalibratedP).OrderDescending(), band.Items.Select(i => i.CalibratedP));

        var page1 = await desk.QueueAsync("?pageSize=4&page=1");
        var page2 = await desk.QueueAsync("?pageSize=4&page=2");
        Assert.Equal((6, 4, 2), (page2.Total, page1.Items.Count, page2.Items.Count));
        Assert.Equal(all.Items.Select(i => i.TransactionId), page1.Items.Concat(page2.Items).Select(i => i.TransactionId));

        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Admin.GetAsync("/api/review/queue?from=04/11/2026")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await desk.Admin.GetAsync("/api/review/queue?sort=payee")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await desk.Auditor.GetAsync("/api/review/queue")).StatusCode);   // auditors read
    }

    [Fact]
    public async Task Explain_shows_the_bank_line_the_proposal_every_gate_the_vendor_history_and_the_version()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Explain Co");
        var staples = await desk.QueuedAsync("STAPLES");
        var x = await desk.ExplainAsync(staples.TransactionId);
        Assert.Equal(staples.Version, x.GetProperty("version").GetInt32());
        Assert.Equal("in_review", x.GetProperty("status").GetString());
        var bank = x.GetProperty("bank");
        Assert.Equal(("STAPLES 00123 SPRINGFIELD IL", -31.15m, "2026-11-03", "1000"),
            (bank.GetProperty("description").GetString(), bank.GetProperty("amount").GetDecimal(), bank.GetProperty("postedOn").GetString(), bank.GetProperty("bankAccountCode").GetString()));
        Assert.Equal(staples.VendorKey, x.GetProperty("vendorKey").GetString());
        var proposal = x.GetProperty("proposal");
        Assert.Equal("6300", proposal.GetProperty("accountCode").GetString());
        Assert.True(proposal.GetProperty("calibratedP").GetDouble() > 0);
        Assert.True(proposal.TryGetProperty("rawP", out _));
        Assert.True(proposal.TryGetProperty("alternatives", out _));
        Assert.NotEmpty(proposal.GetProperty("trace").EnumerateArray());
        var gates = x.GetProperty("gates").GetProperty("decision").GetProperty("gates");
        Assert.True(gates.GetArrayLength() >= 4);
        Assert.All(gates.EnumerateArray(), g => Assert.False(string.IsNullOrEmpty(g.GetProperty("compared").GetString())));
        var labels = x.GetProperty("vendorLabels");
        Assert.Equal(12, labels.GetProperty("labelsByAccount").GetProperty("6300").GetInt32());
        Assert.Equal(JsonValueKind.Null, x.GetProperty("entry").ValueKind);
        Assert.Equal(staples.Version, x.GetProperty("history").GetArrayLength());

        Assert.Equal(HttpStatusCode.NotFound, (await desk.Admin.GetAsync("/api/transactions/no-such-id/explain")).StatusCode);
    }

    [Fact]
    public async Task Auditors_are_refused_every_act_and_another_tenant_never_reaches_these_transactions()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Guarded Co");
        var item = await desk.QueuedAsync("STAPLES");
        var id = item.TransactionId;
        var acts = new (string Act, object Body)[]
        {
            ("approve", new { version = item.Version }), ("recategorize", new { accountCode = "6000", version = item.Version }),
            ("split", new { parts = new[] { new { accountCode = "6300", amount = 31.15m } }, version = item.Version }),
            ("exclude", new { reason = "personal", version = item.Version }), ("reverse", new { reason = "x", version = item.Version }),
        };
        var other = await app.OnboardAsync("Other Co");
        var otherAdmin = app.Client(other.AdminToken);
        var otherNamingUs = app.Client(other.AdminToken, actingTenant: desk.Tenant.TenantId);
        var unknown = app.Client("sk_" + new string('x', 40));
        foreach (var (act, body) in acts)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await ReviewDesk.ActAsync(desk.Auditor, id, act, body)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await ReviewDesk.ActAsync(otherAdmin, id, act, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await ReviewDesk.ActAsync(otherNamingUs, id, act, body)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await ReviewDesk.ActAsync(unknown, id, act, body)).StatusCode);
        }
        var bulk = new { items = new[] { new { id, version = item.Version } } };
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Auditor.PostAsJsonAsync("/api/review/bulk-approve", bulk)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsJsonAsync("/api/review/bulk-approve", bulk)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherNamingUs.PostAsJsonAsync("/api/review/bulk-approve", bulk)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"/api/transactions/{id}/explain")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherNamingUs.GetAsync($"/api/transactions/{id}/explain")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherNamingUs.GetAsync("/api/review/queue")).StatusCode);
        Assert.Equal(0, (await otherAdmin.GetFromJsonAsync<ReviewQueuePage>("/api/review/queue", Json.Options))!.Total);

        // Nothing happened to the transaction.
        Assert.Equal(item.Version, (await desk.ExplainAsync(id)).GetProperty("version").GetInt32());
    }
}
