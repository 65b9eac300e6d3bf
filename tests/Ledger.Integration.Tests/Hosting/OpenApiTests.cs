using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Integration.Tests.Hosting;

public class OpenApiTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    /// <summary>Every HTTP endpoint the API serves is described in the OpenAPI document, with its method.</summary>
    [Fact]
    public async Task The_openapi_document_lists_every_endpoint()
    {
        var doc = await (await app.Host.Server.CreateClient().GetAsync("/openapi/v1.json")).Body();
        var paths = doc.GetProperty("paths");

        var routes = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/") || raw is "/healthz" or "/readyz"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Path: "/" + e.RoutePattern.RawText!.TrimStart('/'), Method: m.ToLowerInvariant())))
            .Distinct().ToList();

        Assert.True(routes.Count > 30, $"only {routes.Count} routes found");
        var missing = routes.Where(r => !paths.TryGetProperty(r.Path, out var p) || !p.TryGetProperty(r.Method, out _)).ToList();
        Assert.True(missing.Count == 0, "not in the OpenAPI document: " + string.Join(", ", missing.Select(m => $"{m.Method.ToUpperInvariant()} {m.Path}")));
    }
}
