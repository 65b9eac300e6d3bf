using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Integration.Tests.Web;

/// <summary>Signing in to the pages: the cookie no script can read or other site can send, and changes only with the page's token.</summary>
[Collection(BrowserCollection.Name)]
public class SignInTests(BrowserHost host)
{
    [Fact]
    public async Task A_wrong_token_is_refused_and_the_right_one_signs_in_with_an_HttpOnly_SameSite_Strict_cookie_never_in_the_address()
    {
        var desk = await PageDesk.OpenAsync(host, "Sign In Co");
        var page = await host.NewPageAsync("/review");
        await page.Locator("body[data-signin=ready]").WaitForAsync();
        Assert.EndsWith("/signin?next=%2Freview", page.Url);
        await page.GetByLabel("API token").FillAsync("sk_not_a_real_token_at_all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Unknown API token");
        await PageDesk.ScreenshotAsync(page, "signin");

        await page.GetByLabel("API token").FillAsync(desk.ReviewerToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("body[data-ready=true]").WaitForAsync();
        Assert.EndsWith("/review", page.Url);
        await Expect(page.Locator("header .who")).ToContainTextAsync("rita · reviewer · Sign In Co");
        await Expect(page.Locator("#queue tbody tr")).ToHaveCountAsync(6);

        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "ledger_session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.False(cookie.Secure);   // plain http here; over https the API marks it Secure
        Assert.Equal(-1, cookie.Expires);   // a browser-session cookie
        Assert.DoesNotContain(desk.ReviewerToken, page.Url);
        Assert.Null(await page.EvaluateAsync<string?>("() => document.cookie.includes('ledger_session') ? 'readable' : null"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.Locator("body[data-signin=ready]").WaitForAsync();
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "ledger_session");
        await page.GotoAsync("/review");
        await page.Locator("body[data-signin=ready]").WaitForAsync();
        Assert.Contains("/signin?next=", page.Url);
    }

    [Fact]
    public async Task A_cookie_signed_request_that_could_change_something_is_refused_without_the_antiforgery_token_and_bearer_clients_need_none()
    {
        var desk = await PageDesk.OpenAsync(host, "Forgery Co");
        var staples = await desk.QueuedAsync("STAPLES");
        var page = await desk.SignInAsync(desk.ReviewerToken);

        // The page's own script, but without the token: the cookie travels (same site) and still nothing is recorded.
        var bare = await page.EvaluateAsync<int>($$"""
            async () => (await fetch('/api/transactions/{{staples.TransactionId}}/approve', {
              method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ version: {{staples.Version}} }) })).status
            """);
        Assert.Equal(403, bare);

        // Another site's page posting a form to the API: the browser does not send the SameSite=Strict cookie, and the
        // request has no antiforgery token either.
        var evil = await page.Context.NewPageAsync();
        await evil.RouteAsync("http://evil.example/**", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $$"""<form id="f" method="post" action="{{host.BaseUrl}}/api/transactions/{{staples.TransactionId}}/approve" enctype="text/plain"><input name='{"version":{{staples.Version}},"x":"' value='"}'></form><script>document.getElementById('f').submit()</script>""",
        }));
        var answer = await evil.RunAndWaitForResponseAsync(() => evil.GotoAsync("http://evil.example/page"), r => r.Url.Contains("/approve"));
        Assert.Equal(401, answer.Status);   // no cookie came with it: to the API it is anonymous

        Assert.Equal("in_review", (await desk.ExplainAsync(staples.TransactionId)).GetProperty("status").GetString());

        // A bearer-token client acts without any antiforgery token, as before.
        var api = host.Client(desk.ReviewerToken);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/transactions/{staples.TransactionId}/approve", new { version = staples.Version })).StatusCode);
    }
}
