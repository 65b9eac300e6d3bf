using System.Text;
using Ledger.Api.Operations;
using Ledger.Integration.Tests.Tenants.Attacks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ledger.Integration.Tests.Tenants;

/// <summary>The API for the attack suite: hundreds of deliberately failing authentications must not trip the per-address limit.</summary>
public sealed class AttackApp : LedgerApp
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ledger:Auth:MaxFailuresPerMinute", "1000000");
}

/// <summary>
/// Issue #16, part 4: tenant isolation attacked endpoint by endpoint, the cases generated from /openapi/v1.json (see
/// <see cref="AttackCases"/>). Every case gets its expected status, no response of tenant A's (or anonymous) requests holds
/// anything only tenant B has (and the other way round), and the victim's rows are exactly as they were.
/// </summary>
public class TenantAttackTests(AttackApp app) : IClassFixture<AttackApp>
{
    [Fact]
    public async Task Every_endpoint_refuses_every_attack_and_no_response_holds_the_other_tenants_data()
    {
        var worlds = await Task.WhenAll(AttackWorlds.BuildAsync(app, "Alpha Attack Co"), AttackWorlds.BuildAsync(app, "Bravo Attack Co"));
        var (a, b) = (worlds[0], worlds[1]);
        var api = new OpenApiEndpoints(await (await app.Host.Server.CreateClient().GetAsync("/openapi/v1.json")).Body());
        var endpoints = api.All();
        var anonymous = AnonymousEndpoints();
        var cases = endpoints.SelectMany(e => new AttackCases(api, app.OperatorToken).For(e, a, b)).ToList();

        var failures = new List<string>();
        // First B attacks A (A must stay as it was), then everything else, where A attacks B and itself.
        foreach (var (phase, victim) in new[] { (cases.Where(c => c.Attacker == b).ToList(), a), (cases.Where(c => c.Attacker != b).ToList(), b) })
        {
            await app.CatchUpAsync();
            var before = await RowsAsync(victim.TenantId);
            // A few at a time, as clients would: every answer is judged on its own, so order does not matter.
            await Parallel.ForEachAsync(phase, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, _) =>
            {
                var wrong = await RunAsync(c, anonymous.Contains(c.Endpoint.ToString()));
                lock (failures) failures.AddRange(wrong);
            });
            await app.CatchUpAsync();
            var after = await RowsAsync(victim.TenantId);
            if (!before.SequenceEqual(after)) failures.Add($"{victim.TenantId} changed: {string.Join(", ", after.Where(x => before[x.Key] != x.Value))}");
        }

        var kinds = string.Join(", ", cases.GroupBy(c => c.Kind).Select(g => $"{g.Key} {g.Count()}"));
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed ({kinds}):\n" + string.Join("\n", failures.Take(40)));
        Assert.True(endpoints.Count > 30 && cases.Count > 500, $"{endpoints.Count} endpoints, {cases.Count} cases");
    }

    /// <summary>The suite's first finding: PostgreSQL cannot hold a NUL, and 19 endpoints answered 500 when sent one.</summary>
    [Fact]
    public async Task A_nul_in_a_query_parameter_or_a_json_property_is_refused_naming_it()
    {
        var t = await app.OnboardAsync("Nul Co");
        var admin = app.Client(t.AdminToken);
        var query = await admin.GetAsync("/api/review/queue?vendor=a%00b");
        Assert.Equal(HttpStatusCode.BadRequest, query.StatusCode);
        Assert.Equal("vendor", (await query.Body()).GetProperty("errors")[0].GetProperty("field").GetString());
        var json = await admin.PostAsJsonAsync("/api/tokens", new { role = "auditor", issuedTo = "eve\0" });
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal("issuedTo", (await json.Body()).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/tokens", new { role = "auditor", issuedTo = "eve \\u0000 literally" })).StatusCode);
    }

    async Task<IEnumerable<string>> RunAsync(AttackCase c, bool anonymous)
    {
        var client = c.Token is null ? app.Host.Server.CreateClient() : app.Client(c.Token, c.TenantHeader);
        using var request = new HttpRequestMessage(new HttpMethod(c.Endpoint.Method), c.Url) { Content = c.Body() };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var sent = c.Url + (request.Content is null ? "" : await request.Content.ReadAsStringAsync());
        int status;
        string body;
        try
        {
            var response = await client.SendAsync(request);
            (status, body) = ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (InvalidOperationException e) when (e.Message.Contains("null characters"))
        {
            (status, body) = (400, "");   // a NUL in the path: refused by the HTTP layer (Kestrel answers 400) before the API
        }
        var wrong = new List<string>();
        if (Expected(c, status, anonymous) is { } expected) wrong.Add($"{c}: HTTP {status}, expected {expected}: {Clip(body)}");
        // What only the victim has must never come back, unless the request itself sent it (an id echoed in a 404).
        if (c.Victim is { } v && v.Markers.FirstOrDefault(m => body.Contains(m, StringComparison.OrdinalIgnoreCase) && !sent.Contains(m)) is { } leak)
            wrong.Add($"{c}: the response holds {v.TenantId}'s '{leak}': {Clip(body)}");
        return wrong;
    }

    static string? Expected(AttackCase c, int status, bool anonymous)
    {
        if (status >= 500) return "no server error";
        if (anonymous) return null;   // health checks answer everyone
        return c.Kind switch
        {
            AttackKind.NoToken or AttackKind.RevokedToken => status == 401 ? null : "401",
            AttackKind.ForgedTenantHeader => status == 403 ? null : "403",
            AttackKind.ForeignIds => status is >= 400 and < 500 and not 401 ? null : "a 4xx refusal",
            AttackKind.OperatorWithoutHeader => status == 400 ? null : "400 (name the tenant)",
            _ => null,   // attack strings: any answer but a server error, and no leak
        };
    }

    HashSet<string> AnonymousEndpoints() =>
        app.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .ToHashSet();

    async Task<SortedDictionary<string, long>> RowsAsync(string tenant)
    {
        await using var conn = await app.Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        return await TenantTables.CountAsync(conn, tenant, default);
    }

    static string Clip(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
