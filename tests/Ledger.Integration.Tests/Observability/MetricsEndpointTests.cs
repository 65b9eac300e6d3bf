namespace Ledger.Integration.Tests.Observability;

/// <summary>/metrics is what Prometheus scrapes: HTTP, pipeline throughput and the database gauges, in text format.</summary>
public class MetricsEndpointTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Metrics_exposes_http_pipeline_queue_lag_and_llm_series_without_a_token()
    {
        // One import decided through the pipeline, so the counters have moved.
        var t = await app.OnboardAsync("Metrics Co");
        var admin = app.Client(t.AdminToken);
        Assert.True((await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).IsSuccessStatusCode);
        Assert.True((await admin.PostAsync("/api/categorizer/train", null)).IsSuccessStatusCode);
        var upload = await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000");
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        await app.WaitForDecisionsAsync(t.TenantId, 6);

        var response = await app.Host.Server.CreateClient().GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        foreach (var series in new[] { "http_request_duration_seconds", "ledger_decisions_total{outcome=\"review\"}", "ledger_imports_total",
                     "ledger_imported_transactions_total", "ledger_review_queue_depth", "ledger_projection_lag_events", "ledger_llm_spend_usd",
                     "ledger_llm_fallback_tenants" })
            Assert.Contains(series, text);
        // Shadow mode queues all six; other test classes share the process-wide counters, so at least these.
        Assert.True(Value(text, "ledger_decisions_total{outcome=\"review\"}") >= 6, text);
        Assert.True(Value(text, "ledger_imports_total") >= 1);
        Assert.True(Value(text, "ledger_review_queue_depth") >= 6);
    }

    static double Value(string text, string series) =>
        double.Parse(text.Split('\n').First(l => l.StartsWith(series + " ")).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
}
