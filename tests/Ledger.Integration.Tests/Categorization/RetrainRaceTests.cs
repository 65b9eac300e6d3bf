using Ledger.Api.Categorization;
using Ledger.Domain.Categorization;
using Ledger.Integration.Tests.Review;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>No automatic retraining: the test runs the check itself, at the moment it chooses.</summary>
public sealed class ManualRetrainLedgerApp : LedgerApp
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ledger:Categorizer:AutoRetrain", "false");
}

/// <summary>
/// Issue #17: "categorizer expected 85 but was -1" dead-lettered a retraining while reviews were being recorded. The
/// categorizer stream moves on while a model trains (rule changes from reviewer acts and admins); the retraining must
/// still be saved, after them, and lose none of them.
/// </summary>
public class RetrainRaceTests(ManualRetrainLedgerApp app) : IClassFixture<ManualRetrainLedgerApp>
{

    [Fact]
    public async Task A_retraining_is_saved_although_the_categorizer_stream_moves_on_while_it_trains()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Busy Review Co");
        var tenant = desk.Tenant.TenantId;
        (await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{tenant}/policy", new { retrainAfterLabels = 1, reason = "test" })).EnsureSuccessStatusCode();
        var item = await desk.QueuedAsync("ACME");
        (await ReviewDesk.ActAsync(desk.Reviewer, item.TransactionId, "recategorize", new { accountCode = "5000", version = item.Version })).EnsureSuccessStatusCode();

        // An admin keeps adding rules for as long as the retraining runs.
        using var stop = new CancellationTokenSource();
        var rules = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var created = await desk.Admin.PostAsJsonAsync("/api/rules", new { vendorKey = "race vendor", accountCode = "6300", minAmount = rules + 1m, maxAmount = rules + 1.5m });
                // A rule that lands in the retraining's short write window is told so (409), as any client would be: try again.
                if (created.StatusCode == HttpStatusCode.Conflict) continue;
                Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
                rules++;
            }
        });
        long before;
        await using (var query = app.Store.QuerySession(tenant)) before = (await query.Events.FetchStreamStateAsync(CategorizerStreams.Id))!.Version;
        try
        {
            using var scope = app.Host.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(tenant, new RetrainIfDue());
        }
        finally
        {
            await stop.CancelAsync();
            await writer;
        }

        await using var session = app.Store.QuerySession(tenant);
        var events = await session.Events.FetchStreamAsync(CategorizerStreams.Id);
        var retrained = events.Last(e => e.Data is ModelTrained);
        Assert.StartsWith("auto: 1 new labels", ((ModelTrained)retrained.Data).Trigger);
        // Every rule is there, and some were appended after the retraining began: it was saved after them, not refused.
        Assert.Equal(rules, events.Count(e => e.Data is VendorRuleCreated));
        Assert.True(retrained.Version > before + 2, $"the stream stood at {before} and the model was appended at {retrained.Version}");
    }
}
