namespace Ledger.Integration.Tests.Tenants;

public class ApiTokenTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Missing_malformed_and_unknown_tokens_get_401_problems()
    {
        var anonymous = app.Host.Server.CreateClient();
        var none = await anonymous.GetAsync("/api/tenant");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);

        var unknown = await app.Client("sk_thisTokenWasNeverIssued000000000000000000").GetAsync("/api/tenant");
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("Unknown API token", (await unknown.Body()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_admin_issues_role_tokens_and_a_revoked_token_stops_working_at_once()
    {
        var r = await app.OnboardAsync("Token Keepers");
        var admin = app.Client(r.AdminToken);
        var issued = await admin.PostAsJsonAsync("/api/tokens", new { role = "reviewer", issuedTo = "rita" });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var body = await issued.Body();
        var reviewerToken = body.GetProperty("token").GetString()!;
        var tokenId = body.GetProperty("tokenId").GetString();

        var reviewer = app.Client(reviewerToken);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/api/tenant")).StatusCode);
        // A reviewer cannot mint tokens.
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync("/api/tokens", new { role = "admin", issuedTo = "x" })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/tokens/{tokenId}")).StatusCode);
        var after = await reviewer.GetAsync("/api/tenant");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Contains("revoked", (await after.Body()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Operator_tokens_cannot_be_minted_over_http()
    {
        var r = await app.OnboardAsync("No Escalation Inc");
        var response = await app.Client(r.AdminToken).PostAsJsonAsync("/api/tokens", new { role = "operator", issuedTo = "mallory" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
