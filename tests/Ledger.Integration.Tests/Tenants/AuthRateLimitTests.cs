namespace Ledger.Integration.Tests.Tenants;

/// <summary>Token guessing from one address is cut off with 429 after the configured number of failures a minute.</summary>
public class AuthRateLimitTests
{
    [Fact]
    public async Task After_N_failed_authentications_the_address_gets_429_even_with_a_valid_token()
    {
        var app = await LedgerApp.StartOnAsync(await TestCluster.CreateDatabaseAsync(nameof(AuthRateLimitTests)),
            b => b.UseSetting("Ledger:Auth:MaxFailuresPerMinute", "3"));
        try
        {
            var valid = app.Client(app.OperatorToken);
            Assert.Equal(HttpStatusCode.OK, (await valid.GetAsync("/api/ops/tenants")).StatusCode);
            var guesser = app.Client("sk_" + new string('a', 43));
            for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("/api/ops/tenants")).StatusCode);

            var blocked = await guesser.GetAsync("/api/ops/tenants");
            Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
            Assert.True(blocked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            Assert.Equal("application/problem+json", blocked.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await valid.GetAsync("/api/ops/tenants")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await app.Host.Server.CreateClient().GetAsync("/healthz")).StatusCode); // anonymous health stays open
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
