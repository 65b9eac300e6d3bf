using System.Text.Json;
using Ledger.Api.Review;
using Ledger.Api.Tenants;
using Ledger.Domain.Decisions;
using Marten;
using Microsoft.Playwright;

namespace Ledger.Integration.Tests.Web;

/// <summary>A tenant with a decided statement in its queue, the people who work it, and how they sign in to the pages.</summary>
public sealed record PageDesk(BrowserHost Host, TenantOnboardedResponse Tenant, HttpClient Admin, string ReviewerToken, string AuditorToken)
{
    public static async Task<PageDesk> OpenAsync(BrowserHost host, string name, string statement = Infrastructure.Decisions.NewStatement, int transactions = 6)
    {
        var t = await host.OnboardAsync(name);
        var admin = host.Client(t.AdminToken);
        Assert.True((await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).IsSuccessStatusCode);
        Assert.True((await admin.PostAsync("/api/categorizer/train", null)).IsSuccessStatusCode);
        var upload = await admin.UploadTextAsync("nov.csv", statement, "1000");
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        await WaitForQueueAsync(host, t.TenantId, transactions);
        return new PageDesk(host, t, admin, await Review.ReviewDesk.TokenAsync(admin, "reviewer", "rita"), await Review.ReviewDesk.TokenAsync(admin, "auditor", "audrey"));
    }

    public static async Task WaitForQueueAsync(BrowserHost host, string tenantId, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        int decided;
        do
        {
            await using var session = host.Store.QuerySession(tenantId);
            decided = await session.Events.QueryRawEventDataOnly<GateEvaluated>().CountAsync();
            if (decided >= count) break;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        Assert.True(decided >= count, $"only {decided} of {count} transactions were decided");
        await Marten.Events.TestingExtensions.WaitForNonStaleProjectionDataAsync(host.Host, TimeSpan.FromSeconds(30));
    }

    public async Task<ReviewQueuePage> QueueAsync(string query = "") =>
        (await Admin.GetFromJsonAsync<ReviewQueuePage>($"/api/review/queue{query}", Json.Options))!;

    public async Task<ReviewQueueEntry> QueuedAsync(string payeeStart) => (await QueueAsync("?pageSize=500")).Items.Single(i => i.Payee.StartsWith(payeeStart));

    public async Task<JsonElement> ExplainAsync(string id) => await (await Admin.GetAsync($"/api/transactions/{id}/explain")).Body();

    /// <summary>Signs in through the sign-in page, as a person would, and waits for the page <paramref name="path"/> to be ready.</summary>
    public Task<IPage> SignInAsync(string token, string path = "/review") => SignInAsync(Host, token, path);

    public static async Task<IPage> SignInAsync(BrowserHost host, string token, string path)
    {
        var page = await host.NewPageAsync(path);
        // Waiting for the form rather than for a URL: the page sends the visitor on from its script, a race for URL waits.
        try { await page.Locator("body[data-signin=ready]").WaitForAsync(); }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{path} did not send to /signin; at {page.Url}; browser said:\n{string.Join("\n", host.ConsoleLines)}", e);
        }
        Assert.Contains("/signin?next=", page.Url);
        await page.GetByLabel("API token").FillAsync(token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator("body[data-ready=true]").WaitForAsync();
        Assert.DoesNotContain("/signin", page.Url);
        return page;
    }

    /// <summary>Moves the selection to the payee's row with j/k, as a reviewer would.</summary>
    public static async Task SelectAsync(IPage page, string payeeStart)
    {
        var payees = await page.Locator("#queue tbody tr td:nth-child(2)").AllInnerTextsAsync();
        var target = payees.ToList().FindIndex(p => p.StartsWith(payeeStart));
        Assert.True(target >= 0, $"{payeeStart} is not in the queue on the page");
        var rows = await page.Locator("#queue tbody tr").AllAsync();
        var selected = 0;
        for (var i = 0; i < rows.Count; i++) if (await rows[i].GetAttributeAsync("aria-selected") == "true") selected = i;
        for (; selected < target; selected++) await page.Keyboard.PressAsync("j");
        for (; selected > target; selected--) await page.Keyboard.PressAsync("k");
        await Assertions.Expect(page.Locator("#queue tbody tr.selected td:nth-child(2)")).ToHaveTextAsync(payees[target]);
    }

    public static ILocator Row(IPage page, string payeeStart) => page.Locator("#queue tbody tr", new() { HasText = payeeStart });

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, name + ".png"), FullPage = true });
}

/// <summary>artifacts/ui/ of the checkout: the current screenshot of every page, committed.</summary>
public static class Screenshots
{
    public static readonly string Folder = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AIBookkeeper.sln"))) return Directory.CreateDirectory(Path.Combine(dir.FullName, "artifacts", "ui")).FullName;
        return Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ledger-ui")).FullName;
    }
}
