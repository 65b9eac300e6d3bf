using System.Text;
using Ledger.Domain.Tenants;
using Marten;
using Microsoft.AspNetCore.Hosting;

namespace Ledger.Integration.Tests.Tenants;

/// <summary>Imports only: the decision relay is off, so hundreds of rows cost no deciding.</summary>
public sealed class ImportOnlyLedgerApp : LedgerApp
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ledger:Decisions:Enabled", "false");
}

/// <summary>An import past the plan's maxTransactionsPerMonth is accepted, recorded with an event, and shown to operators.</summary>
public class PlanUsageTests(ImportOnlyLedgerApp app) : IClassFixture<ImportOnlyLedgerApp>
{
    static string Statement(int rows, string prefix)
    {
        var csv = new StringBuilder("Date,Description,Amount\n");
        for (var i = 0; i < rows; i++) csv.Append($"2026-11-{1 + i % 28:00},{prefix} VENDOR {i},-{1 + i % 90}.{i % 100:00}\n");
        return csv.ToString();
    }

    [Fact]
    public async Task Passing_the_plan_is_accepted_recorded_and_shown_in_the_tenant_the_metrics_and_the_operators_list()
    {
        var t = await app.OnboardAsync("Busy Starter Co");   // starter: 500 a month
        var quiet = await app.OnboardAsync("Quiet Starter Co");
        var admin = app.Client(t.AdminToken);

        var big = await admin.UploadTextAsync("big.csv", Statement(600, "BIG"), "1000");
        Assert.True(big.IsSuccessStatusCode, await big.Content.ReadAsStringAsync());
        var plan = (await big.Body()).GetProperty("plan");
        Assert.Equal((600, 500, true), (plan.GetProperty("imported").GetInt32(), plan.GetProperty("limit").GetInt32(), plan.GetProperty("over").GetBoolean()));
        (await admin.UploadTextAsync("more.csv", Statement(10, "MORE"), "1000")).EnsureSuccessStatusCode();
        (await app.Client(quiet.AdminToken).UploadTextAsync("small.csv", Statement(20, "SMALL"), "1000")).EnsureSuccessStatusCode();

        await using (var session = app.Store.QuerySession(t.TenantId))
        {
            var exceeded = await session.Events.QueryRawEventDataOnly<PlanLimitExceeded>().ToListAsync();
            Assert.Equal([(0, 600, 500), (600, 10, 500)], exceeded.OrderBy(e => e.ImportedBefore).Select(e => (e.ImportedBefore, e.Imported, e.Limit)));
        }
        await using (var session = app.Store.QuerySession(quiet.TenantId))
            Assert.Empty(await session.Events.QueryRawEventDataOnly<PlanLimitExceeded>().ToListAsync());

        await app.CatchUpAsync();
        var mine = (await (await admin.GetAsync("/api/tenant")).Body()).GetProperty("plan");
        Assert.Equal((610, 500, true), (mine.GetProperty("imported").GetInt32(), mine.GetProperty("maxTransactionsPerMonth").GetInt32(), mine.GetProperty("overPlan").GetBoolean()));
        var metrics = (await (await admin.GetAsync("/api/metrics/latest")).Body()).GetProperty("plan_usage");
        Assert.Equal((610, true), (metrics.GetProperty("imported_transactions").GetInt32(), metrics.GetProperty("over_plan").GetBoolean()));

        var list = (await (await app.Client(app.OperatorToken).GetAsync("/api/ops/tenants")).Body()).EnumerateArray()
            .ToDictionary(x => x.GetProperty("tenantId").GetString()!, x => x.GetProperty("plan"));
        Assert.True(list[t.TenantId].GetProperty("overPlan").GetBoolean());
        Assert.Equal((20, false), (list[quiet.TenantId].GetProperty("imported").GetInt32(), list[quiet.TenantId].GetProperty("overPlan").GetBoolean()));
        var scrape = await app.Host.Server.CreateClient().GetStringAsync("/metrics");
        Assert.Contains("ledger_tenants_over_plan 1", scrape);
    }
}
