using Ledger.Domain.Accounts;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Marten;

namespace Ledger.Integration.Tests.Tenants;

public class OnboardTenantTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Theory]
    [InlineData("starter", "standard_small_business", 14, 500, 0.90, 3, 50)]
    [InlineData("pro", "standard_professional_services", 14, 2000, 0.92, 5, 100)]
    [InlineData("firm", "gaap_accounting_firm", 19, 10000, 0.90, 3, 250)]
    public async Task Each_template_gives_its_chart_and_policy_with_autoposting_off(
        string template, string chart, int accounts, int maxTxns, double threshold, int coldStart, int cap)
    {
        var r = await app.OnboardAsync($"Client {template} LLC", template);

        Assert.Matches($"^client-{template}-llc-[0-9a-f]{{6}}$", r.TenantId);
        Assert.Equal(chart, r.ChartName);
        Assert.Equal(accounts, r.AccountCount);
        Assert.Equal(maxTxns, r.Limits.MaxTransactionsPerMonth);
        Assert.Equal((decimal)threshold, r.Limits.AutopostThreshold);
        Assert.Equal(coldStart, r.Limits.ColdStartMinLabels);
        Assert.Equal(cap, r.Limits.LlmMonthlyCapUsd);
        Assert.False(r.AutopostEnabled);
        Assert.StartsWith("sk_", r.AdminToken);
        Assert.Contains($"LEDGER_API_TOKEN={r.AdminToken}", r.Kit.EnvSnippet);
        Assert.Contains(r.TenantId, r.Kit.ConfigJson);

        // The admin token works at once and sees its own tenant, with a chart an accountant recognises.
        var view = await app.Client(r.AdminToken).GetFromJsonAsync<Ledger.Api.Tenants.TenantView>("/api/tenant", Json.Options);
        Assert.Equal(r.TenantId, view!.TenantId);
        Assert.False(view.AutopostEnabled);
        foreach (var type in Enum.GetValues<AccountType>()) Assert.Contains(view.Chart, a => a.Type == type);
        Assert.Contains(view.Chart, a => a.Type == AccountType.Asset && a.Name.Contains("Checking") || a.Name.Contains("Cash"));
        Assert.Contains(view.Chart, a => a.Type == AccountType.Liability && a.Name.Contains("Card"));
    }

    [Fact]
    public async Task The_token_is_stored_only_as_a_hash()
    {
        var r = await app.OnboardAsync("Hash Check Partners", "pro");
        await using var session = app.Store.QuerySession(r.TenantId);
        var events = await session.Events.FetchStreamAsync(r.TenantId);
        var issued = events.Select(e => e.Data).OfType<ApiTokenIssued>().Single();
        Assert.Equal(ApiTokens.Hash(r.AdminToken), issued.TokenHash);
        Assert.DoesNotContain(events, e => System.Text.Json.JsonSerializer.Serialize(e.Data).Contains(r.AdminToken));
        Assert.IsType<TenantOnboarded>(events[0].Data);
    }

    [Theory]
    [InlineData("""{"name":"Acme","template":"platinum"}""", "Unknown template 'platinum'")]
    [InlineData("""{"name":"Acme","template":"pro","booksCurrency":"C4D"}""", "booksCurrency: 'C4D' is not an ISO 4217 currency code")]
    [InlineData("""{"name":"Acme","template":"pro","booksCurrency":"dollars"}""", "booksCurrency: 'dollars' is not an ISO 4217 currency code")]
    [InlineData("""{"name":"   ","template":"pro"}""", "Tenant name is required")]
    [InlineData("""{"name":"Acme","template":""")]
    public async Task Bad_input_gets_a_problem_and_changes_nothing(string body, string? expected = null)
    {
        var before = await TenantCount();
        var response = await app.Client(app.OperatorToken).PostAsync("/api/ops/tenants",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (expected is not null) Assert.Contains(expected, (await response.Body()).GetProperty("detail").GetString());
        Assert.Equal(before, await TenantCount());
    }

    [Fact]
    public async Task Only_an_operator_may_onboard()
    {
        var r = await app.OnboardAsync("Gatekeeper Ltd");
        var response = await app.Client(r.AdminToken).PostAsJsonAsync("/api/ops/tenants", new { name = "Sneaky", template = "pro" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    async Task<int> TenantCount()
    {
        await using var session = app.Store.QuerySession();
        return await session.Query<Tenant>().Where(x => x.AnyTenant()).CountAsync();
    }
}
