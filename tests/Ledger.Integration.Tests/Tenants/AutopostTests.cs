using Ledger.Domain.Tenants;

namespace Ledger.Integration.Tests.Tenants;

public class AutopostTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Enabling_autopost_is_a_recorded_act_of_an_operator()
    {
        var r = await app.OnboardAsync("Switch Co", "firm");

        var denied = await app.Client(r.AdminToken).PostAsJsonAsync($"/api/ops/tenants/{r.TenantId}/autopost", new { enabled = true });
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);

        var ok = await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{r.TenantId}/autopost", new { enabled = true, reason = "pilot P2 passed" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        await using var session = app.Store.QuerySession(r.TenantId);
        var enabled = (await session.Events.FetchStreamAsync(r.TenantId)).Select(e => e.Data).OfType<AutopostEnabled>().Single();
        Assert.Equal("test-operator", enabled.ApprovedBy);
        Assert.Equal("pilot P2 passed", enabled.Reason);
        Assert.Equal(app.Clock.GetCurrentInstant(), enabled.At);

        var view = await app.Client(r.AdminToken).GetFromJsonAsync<Ledger.Api.Tenants.TenantView>("/api/tenant", Json.Options);
        Assert.True(view!.AutopostEnabled);
        Assert.Equal("test-operator", view.AutopostApprovedBy);
        Assert.Equal(2, view.PolicyVersion);
    }

    [Fact]
    public async Task An_operator_naming_an_unknown_tenant_gets_404()
    {
        var response = await app.Client(app.OperatorToken).PostAsJsonAsync("/api/ops/tenants/nobody-000000/autopost", new { enabled = true });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
