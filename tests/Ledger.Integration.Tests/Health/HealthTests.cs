namespace Ledger.Integration.Tests.Health;

public class HealthTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Healthz_says_alive_without_a_token()
    {
        var response = await app.Host.Server.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("alive", (await response.Body()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_reports_database_schema_and_daemon()
    {
        var response = await app.Host.Server.CreateClient().GetAsync("/readyz");
        var body = await response.Body();
        Assert.True(body.GetProperty("ready").GetBoolean(), body.ToString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("databaseReachable").GetBoolean());
        Assert.True(body.GetProperty("schemaCurrent").GetBoolean());
        Assert.True(body.GetProperty("projectionDaemonRunning").GetBoolean());
    }
}
