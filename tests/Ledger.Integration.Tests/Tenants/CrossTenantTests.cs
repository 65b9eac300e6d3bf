namespace Ledger.Integration.Tests.Tenants;

/// <summary>A token of tenant A can never read or change tenant B, whatever it names.</summary>
public class CrossTenantTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task A_tenant_token_cannot_reach_another_tenant_on_any_endpoint()
    {
        var a = await app.OnboardAsync("Alpha Books");
        var b = await app.OnboardAsync("Bravo Books");
        var bAdmin = app.Client(b.AdminToken);
        var bToken = (await (await bAdmin.PostAsJsonAsync("/api/tokens", new { role = "auditor", issuedTo = "bob" })).Body()).GetProperty("tokenId").GetString();

        // Naming B explicitly is refused.
        var aNamingB = app.Client(a.AdminToken, actingTenant: b.TenantId);
        Assert.Equal(HttpStatusCode.Forbidden, (await aNamingB.GetAsync("/api/tenant")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aNamingB.GetAsync("/api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aNamingB.PostAsJsonAsync("/api/tokens", new { role = "admin", issuedTo = "eve" })).StatusCode);

        // Without naming it, A only ever sees A.
        var aAdmin = app.Client(a.AdminToken);
        var tenant = await aAdmin.GetFromJsonAsync<Ledger.Api.Tenants.TenantView>("/api/tenant", Json.Options);
        Assert.Equal(a.TenantId, tenant!.TenantId);
        var tokens = await (await aAdmin.GetAsync("/api/tokens")).Body();
        Assert.All(tokens.EnumerateArray(), t => Assert.NotEqual(bToken, t.GetProperty("tokenId").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await aAdmin.DeleteAsync($"/api/tokens/{bToken}")).StatusCode);

        // Operator endpoints are closed to tenant tokens.
        Assert.Equal(HttpStatusCode.Forbidden, (await aAdmin.GetAsync("/api/ops/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aAdmin.PostAsJsonAsync($"/api/ops/tenants/{b.TenantId}/autopost", new { enabled = true })).StatusCode);

        // B is untouched: its auditor token still works and autopost is still off.
        var bView = await bAdmin.GetFromJsonAsync<Ledger.Api.Tenants.TenantView>("/api/tenant", Json.Options);
        Assert.False(bView!.AutopostEnabled);
    }

    [Fact]
    public async Task An_operator_acts_on_the_tenant_it_names()
    {
        var c = await app.OnboardAsync("Charlie Books", "pro");
        var op = app.Client(app.OperatorToken, actingTenant: c.TenantId);
        var view = await op.GetFromJsonAsync<Ledger.Api.Tenants.TenantView>("/api/tenant", Json.Options);
        Assert.Equal(c.TenantId, view!.TenantId);
        var list = await (await app.Client(app.OperatorToken).GetAsync("/api/ops/tenants")).Body();
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("tenantId").GetString() == c.TenantId);
    }
}
