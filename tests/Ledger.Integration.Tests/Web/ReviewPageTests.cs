using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Integration.Tests.Web;

/// <summary>The review queue page, worked from the keyboard by a reviewer, read by an auditor.</summary>
[Collection(BrowserCollection.Name)]
public class ReviewPageTests(BrowserHost host)
{
    [Fact]
    public async Task Approve_with_a_removes_the_item_and_posts_its_entry_and_u_reverses_it_back_into_the_queue()
    {
        var desk = await PageDesk.OpenAsync(host, "Approve Page Co");
        var staples = await desk.QueuedAsync("STAPLES");
        var page = await desk.SignInAsync(desk.ReviewerToken);
        await PageDesk.ScreenshotAsync(page, "review-queue");

        await PageDesk.SelectAsync(page, "STAPLES");
        await page.Keyboard.PressAsync("a");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved STAPLES 00123 SPRINGFIELD IL → 6300");
        await Expect(PageDesk.Row(page, "STAPLES")).ToHaveCountAsync(0);
        await Expect(page.Locator("#queue tbody tr")).ToHaveCountAsync(5);
        var approved = await desk.ExplainAsync(staples.TransactionId);
        Assert.Equal("posted", approved.GetProperty("status").GetString());
        Assert.Equal("rita", approved.GetProperty("entry").GetProperty("postedBy").GetString());

        await page.Keyboard.PressAsync("u");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Reversed your entry for STAPLES");
        await Expect(PageDesk.Row(page, "STAPLES")).ToHaveCountAsync(1);
        Assert.Equal("in_review", (await desk.ExplainAsync(staples.TransactionId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Recategorize_with_r_finds_the_account_by_name_or_code_and_records_it()
    {
        var desk = await PageDesk.OpenAsync(host, "Recategorize Page Co");
        var coffee = await desk.QueuedAsync("SQ *BLUE BOTTLE");
        var page = await desk.SignInAsync(desk.ReviewerToken);
        await PageDesk.SelectAsync(page, "SQ *BLUE BOTTLE");
        await page.Keyboard.PressAsync("r");
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Account (search by code or name)" });
        await Expect(search).ToBeFocusedAsync();
        await search.PressSequentiallyAsync("office");
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Matching accounts" }).GetByRole(AriaRole.Option);
        await Expect(options.First).ToContainTextAsync("6300");
        await PageDesk.ScreenshotAsync(page, "review-recategorize");
        await search.FillAsync("64");   // by code
        await Expect(options).ToHaveCountAsync(1);
        await Expect(options.First).ToContainTextAsync("6400");
        await search.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Recategorized SQ *BLUE BOTTLE COFFEE SAN → 6400");
        await Expect(PageDesk.Row(page, "SQ *BLUE BOTTLE")).ToHaveCountAsync(0);
        var x = await desk.ExplainAsync(coffee.TransactionId);
        Assert.Contains(x.GetProperty("entry").GetProperty("lines").EnumerateArray(), l => l.GetProperty("accountCode").GetString() == "6400");
    }

    [Fact]
    public async Task A_stale_version_shows_changed_since_you_opened_it_with_the_current_state_and_a_reload_never_an_overwrite()
    {
        var desk = await PageDesk.OpenAsync(host, "Stale Page Co");
        var pge = await desk.QueuedAsync("PGANDE");
        var page = await desk.SignInAsync(desk.ReviewerToken);
        await PageDesk.SelectAsync(page, "PGANDE");

        // A second reviewer (another session) recategorizes it first.
        var other = host.Client(desk.Tenant.AdminToken);
        Assert.Equal(HttpStatusCode.OK, (await other.PostAsJsonAsync($"/api/transactions/{pge.TransactionId}/recategorize", new { accountCode = "6100", version = pge.Version })).StatusCode);

        await page.Keyboard.PressAsync("a");
        var banner = page.Locator("#conflict");
        await Expect(banner).ToContainTextAsync("Changed since you opened it");
        await Expect(banner).ToContainTextAsync("Now: posted");
        await Expect(banner).ToContainTextAsync("6100");
        await PageDesk.ScreenshotAsync(page, "review-conflict");
        await Expect(PageDesk.Row(page, "PGANDE")).ToHaveCountAsync(1);   // nothing removed until the reviewer reloads
        var x = await desk.ExplainAsync(pge.TransactionId);
        Assert.Contains(x.GetProperty("entry").GetProperty("lines").EnumerateArray(), l => l.GetProperty("accountCode").GetString() == "6100");

        await banner.GetByRole(AriaRole.Button, new() { Name = "Reload the queue" }).ClickAsync();
        await Expect(banner).ToBeHiddenAsync();
        await Expect(PageDesk.Row(page, "PGANDE")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_auditor_sees_the_queue_and_the_explanation_but_every_act_is_refused()
    {
        var desk = await PageDesk.OpenAsync(host, "Auditor Page Co");
        var staples = await desk.QueuedAsync("STAPLES");
        var page = await desk.SignInAsync(desk.AuditorToken);
        await Expect(page.Locator("#queue tbody tr")).ToHaveCountAsync(6);
        await Expect(page.Locator(".keys-hint .acts")).ToBeHiddenAsync();

        foreach (var key in new[] { "a", "r", "s", "x", "u", "b" })
        {
            await page.Keyboard.PressAsync(key);
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your role (auditor) may read the books but not change them.");
            await Expect(page.Locator("dialog[open]")).ToHaveCountAsync(0);
        }
        // The server refuses too, even with the page's antiforgery token: the page hides nothing the API would allow.
        var status = await page.EvaluateAsync<int>($$"""
            async () => {
              const s = await (await fetch('/session')).json();
              return (await fetch('/api/transactions/{{staples.TransactionId}}/approve', { method: 'POST',
                headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': s.antiforgery }, body: JSON.stringify({ version: {{staples.Version}} }) })).status;
            }
            """);
        Assert.Equal(403, status);
        Assert.Equal(6, (await desk.QueueAsync()).Total);

        await PageDesk.SelectAsync(page, "STAPLES");
        await page.Keyboard.PressAsync("Enter");
        var drawer = page.Locator("#drawer");
        await Expect(drawer).ToBeVisibleAsync();
        await Expect(drawer).ToContainTextAsync("STAPLES 00123 SPRINGFIELD IL");
        await Expect(drawer.Locator("td.pass, td.fail").First).ToBeVisibleAsync();
        await Expect(drawer).ToContainTextAsync("transaction_imported");
        await PageDesk.ScreenshotAsync(page, "review-explain");
        await page.Keyboard.PressAsync("Escape");
        await Expect(drawer).ToBeHiddenAsync();
    }
}
