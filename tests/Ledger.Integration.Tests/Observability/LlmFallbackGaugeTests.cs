using Ledger.Integration.Tests.Categorization;

namespace Ledger.Integration.Tests.Observability;

/// <summary>Its own database: the gauge counts every tenant of it.</summary>
public sealed class GaugeLlmLedgerApp : LlmLedgerApp;

/// <summary>
/// ledger_llm_fallback_tenants and /api/metrics/latest read fallback state from one computation: spend against the caps in
/// force now. A cap lowered below the month's spend sets both at once; raising it clears both.
/// </summary>
public class LlmFallbackGaugeTests(GaugeLlmLedgerApp app) : IClassFixture<GaugeLlmLedgerApp>
{
    async Task<(double Gauge, int EndpointCount)> BothAsync(IEnumerable<Ledger.Api.Tenants.TenantOnboardedResponse> tenants)
    {
        var count = 0;
        foreach (var t in tenants)
            if ((await (await app.Client(t.AdminToken).GetAsync("/api/metrics/latest")).Body()).GetProperty("llm_budget_status").GetProperty("fallback_active").GetBoolean())
                count++;
        var text = await app.Host.Server.CreateClient().GetStringAsync("/metrics");
        var gauge = double.Parse(text.Split('\n').First(l => l.StartsWith("ledger_llm_fallback_tenants ")).Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return (gauge, count);
    }

    Task<HttpResponseMessage> CapAsync(string tenantId, decimal cap) =>
        app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{tenantId}/policy", new { llmMonthlyCapUsd = cap, reason = "test" });

    [Fact]
    public async Task Lowering_a_cap_below_the_spend_and_raising_it_again_moves_the_gauge_and_the_endpoint_together()
    {
        var spender = await LlmTenants.StartAsync(app, "Gauge Spender Co");
        var idle = await LlmTenants.StartAsync(app, "Gauge Idle Co");
        app.Llm.Reply = LlmLedgerApp.Reply("6300");
        await LlmTenants.DecideAsync(app, spender, 1, "2026-11-03,ZORBLAX GADGETS EMPORIUM,-64.20");   // $30 of a $50 cap
        Assert.Equal((0d, 0), await BothAsync([spender, idle]));

        (await CapAsync(spender.TenantId, 20m)).EnsureSuccessStatusCode();
        Assert.Equal((1d, 1), await BothAsync([spender, idle]));

        (await CapAsync(spender.TenantId, 100m)).EnsureSuccessStatusCode();
        Assert.Equal((0d, 0), await BothAsync([spender, idle]));
    }
}
