using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ledger.Integration.Tests.Tenants;

public class AuditorReadOnlyTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    /// <summary>Every endpoint that changes anything refuses an auditor's token, whatever the route.</summary>
    [Fact]
    public async Task Every_write_endpoint_refuses_an_auditor()
    {
        var t = await app.OnboardAsync("Read Only Audit Co");
        var auditorToken = (await (await app.Client(t.AdminToken).PostAsJsonAsync("/api/tokens", new { role = "auditor", issuedTo = "aud" }))
            .Body()).GetProperty("token").GetString()!;
        var auditor = app.Client(auditorToken);

        var writes = app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("api/"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Raw: e.RoutePattern.RawText!)))
            .Where(r => r.Method is "POST" or "PUT" or "DELETE" or "PATCH")
            .Distinct().ToList();
        Assert.True(writes.Count >= 15, $"only {writes.Count} write endpoints found");

        var allowed = new List<string>();
        foreach (var (method, raw) in writes)
        {
            var path = "/" + Regex.Replace(raw.TrimStart('/'), @"\{[^}]+\}", "x-1");
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var response = await auditor.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Forbidden) allowed.Add($"{method} {raw} → {(int)response.StatusCode}");
        }
        Assert.True(allowed.Count == 0, "auditor not refused: " + string.Join("; ", allowed));
        Assert.Equal(3, await app.EventCountAsync(t.TenantId));   // onboarding (2) + the auditor token (1): nothing else was written
    }
}
