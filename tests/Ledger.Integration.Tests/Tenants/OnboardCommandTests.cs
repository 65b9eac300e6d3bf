using System.Text.RegularExpressions;

namespace Ledger.Integration.Tests.Tenants;

public class OnboardCommandTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task The_cli_onboards_from_a_template_and_writes_the_kit()
    {
        var kit = Path.Combine(Path.GetTempPath(), $"kit-{Guid.NewGuid():N}");
        var (code, output) = await JobsCli.RunAsync(app.ConnectionString, "onboard", "--template", "pro", "--tenant", "Beta Accounting Inc", "--currency", "cad", "--out", kit);

        Assert.True(code == 0, output);
        var tenantId = Regex.Match(output, @"as (beta-accounting-inc-[0-9a-f]{6})").Groups[1].Value;
        var token = Regex.Match(output, @"(sk_[A-Za-z0-9_\-]+)").Groups[1].Value;
        Assert.NotEmpty(tenantId);
        Assert.Contains("14 accounts, books kept in CAD", output);
        Assert.Contains("Auto-posting is OFF", output);
        Assert.Contains($"LEDGER_API_TOKEN={token}", File.ReadAllText(Path.Combine(kit, "tenant.env")));
        var config = File.ReadAllText(Path.Combine(kit, "tenant.json"));
        Assert.Contains("standard_professional_services", config);
        Assert.Contains("\"booksCurrency\": \"CAD\"", config);
        // Account types by name, as a person reads them, not their enum numbers.
        Assert.Contains("\"type\": \"Asset\"", config);
        Assert.Contains("\"type\": \"Expense\"", config);
        Assert.DoesNotMatch("\"type\": [0-9]", config);
        // The token file is its owner's alone.
        Assert.True(Ledger.Api.Hosting.PrivateFile.IsOwnerOnly(Path.Combine(kit, "tenant.env")));

        var view = await app.Client(token).GetFromJsonAsync<Ledger.Api.Tenants.TenantView>("/api/tenant", Json.Options);
        Assert.Equal(tenantId, view!.TenantId);
        Assert.Equal((0.92m, "CAD"), (view.Limits.AutopostThreshold, view.Limits.BooksCurrency));
        Directory.Delete(kit, recursive: true);
    }

    [Fact]
    public async Task The_cli_issues_an_operator_token_that_works_across_tenants()
    {
        var (code, output) = await JobsCli.RunAsync(app.ConnectionString, "operator-token", "--name", "olga");
        Assert.Equal(0, code);
        var token = Regex.Match(output, @"(sk_[A-Za-z0-9_\-]+)").Groups[1].Value;
        var response = await app.Client(token).GetAsync("/api/ops/tenants");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
