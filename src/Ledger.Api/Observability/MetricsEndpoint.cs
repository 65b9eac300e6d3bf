using Ledger.Api.Auth;
using Marten;
using NodaTime;
using Prometheus;

namespace Ledger.Api.Observability;

/// <summary>Prometheus scrape endpoint: refresh the database gauges, then export the default registry as text.</summary>
public static class MetricsEndpoint
{
    public static WebApplication MapLedgerMetrics(this WebApplication app)
    {
        var endpoint = app.MapGet("/metrics", async (HttpContext http, IDocumentStore store, IClock clock, Ledger.Api.Categorization.LlmCaps caps,
            Ledger.Api.Categorization.SemanticKernelLlmCategorizer llm, CancellationToken ct) =>
        {
            await LedgerMetrics.RefreshGaugesAsync(store, clock, caps, llm, ct);
            http.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await Prometheus.Metrics.DefaultRegistry.CollectAndExportAsTextAsync(http.Response.Body, ct);
        }).ExcludeFromDescription();   // an operations endpoint, not part of the API contract
        // Scrapers usually sit on a private network; a deployment that exposes the API publicly turns the token on.
        if (app.Configuration.GetValue("Ledger:Metrics:RequireToken", false)) endpoint.RequireAuthorization(Policies.Operator);
        else endpoint.AllowAnonymous();
        return app;
    }
}
