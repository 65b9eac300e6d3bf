using System.Diagnostics;
using Ledger.Domain.Categorization;
using Ledger.Integration.Tests.Review;
using Ledger.Projections.Categorization;
using Marten;
using Xunit.Abstractions;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>
/// "Training ... also runs automatically after enough new labels": reviewer answers and imported history count towards the
/// tenant's RetrainAfterLabels, and reaching it trains a new model and calibration with nobody calling train.
/// </summary>
public class AutomaticRetrainingTests(LedgerApp app, ITestOutputHelper output) : IClassFixture<LedgerApp>
{
    async Task<List<ModelTrained>> ModelsAsync(string tenantId)
    {
        await using var session = app.Store.QuerySession(tenantId);
        var events = await session.Events.FetchStreamAsync(CategorizerStreams.Id);
        return events.Select(e => e.Data).OfType<ModelTrained>().ToList();
    }

    async Task RecategorizeAsync(ReviewDesk desk, string payeeStart, string account)
    {
        var item = await desk.QueuedAsync(payeeStart);
        var response = await ReviewDesk.ActAsync(desk.Reviewer, item.TransactionId, "recategorize", new { accountCode = account, version = item.Version });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        // A correction against a vendor's strong history is suspected of being a slip and teaches nothing until confirmed:
        // these corrections are meant, so the reviewer confirms them and each counts as one label.
        var answer = await response.Body();
        if (answer.TryGetProperty("slip", out var slip) && slip.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            var confirmed = await ReviewDesk.ActAsync(desk.Reviewer, item.TransactionId, "confirm", new { version = answer.GetProperty("version").GetInt32() });
            Assert.True(confirmed.IsSuccessStatusCode, await confirmed.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Enough_new_labels_retrain_the_model_by_themselves_and_fewer_do_not()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Retrain Co");
        var tenant = desk.Tenant.TenantId;
        Assert.Equal(50, desk.Tenant.Limits.RetrainAfterLabels);    // the starter template's number for a new tenant
        var policy = await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{tenant}/policy", new { retrainAfterLabels = 3, reason = "test" });
        Assert.True(policy.IsSuccessStatusCode, await policy.Content.ReadAsStringAsync());
        Assert.Equal(3, (await policy.Body()).GetProperty("limits").GetProperty("retrainAfterLabels").GetInt32());
        var first = Assert.Single(await ModelsAsync(tenant));

        // Two corrections: one short of the threshold.
        await RecategorizeAsync(desk, "ACME", "5000");
        await RecategorizeAsync(desk, "PGANDE", "6400");
        await app.WaitForRetrainChecksAsync();
        Assert.Single(await ModelsAsync(tenant));

        // The third reaches it.
        var clock = Stopwatch.StartNew();
        await RecategorizeAsync(desk, "MONTHLY SERVICE FEE", "6200");
        var models = await WaitForModelsAsync(tenant, 2);
        clock.Stop();
        var retrained = models[^1];
        output.WriteLine($"3rd correction answered → model {retrained.Version} on {retrained.SampleCount} labels: {clock.Elapsed.TotalSeconds:F1} s " +
                         $"(training itself {retrained.TrainingSeconds:F1} s)");
        Assert.Equal(first.SampleCount + 3, retrained.SampleCount);
        Assert.StartsWith("auto: 3 new labels", retrained.Trigger);
        Assert.NotEqual(first.Version, retrained.Version);

        // A burst's remaining checks find nothing due; the new model and its calibration are the current ones.
        await app.WaitForRetrainChecksAsync();
        Assert.Equal(2, (await ModelsAsync(tenant)).Count);
        await using (var session = app.Store.QuerySession(tenant))
        {
            var state = (await session.LoadAsync<CategorizerState>(CategorizerStreams.Id))!;
            Assert.Equal((retrained.Version, retrained.SampleCount), (state.ModelVersion, state.ModelSampleCount));
            var calibrations = (await session.Events.FetchStreamAsync(CategorizerStreams.Id)).Select(e => e.Data).OfType<CalibrationFitted>().ToList();
            Assert.Equal(2, calibrations.Count);
            Assert.Equal(calibrations[^1].Version, state.CalibrationVersion);
            Assert.NotNull(await session.LoadAsync<ModelArtifact>(retrained.Version));
        }

        // Imported history counts as well.
        var history = "date,description,amount,account\n2026-10-01,WEWORK MEMBERSHIP,-900.00,6400\n2026-10-02,WEWORK MEMBERSHIP,-900.00,6400\n2026-10-03,FACEBK ADS 88723,-50.00,6000\n";
        (await desk.Admin.ImportLabelsAsync(history)).EnsureSuccessStatusCode();
        var afterImport = await WaitForModelsAsync(tenant, 3);
        Assert.Equal(retrained.SampleCount + 3, afterImport[^1].SampleCount);
    }

    async Task<List<ModelTrained>> WaitForModelsAsync(string tenantId, int count, int timeoutSeconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        List<ModelTrained> models;
        do
        {
            models = await ModelsAsync(tenantId);
            if (models.Count >= count) return models;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        Assert.Fail($"{models.Count} models after {timeoutSeconds} s, expected {count}");
        return models;
    }
}
