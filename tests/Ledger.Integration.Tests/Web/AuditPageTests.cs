using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Integration.Tests.Web;

/// <summary>The auditor's page: a transaction's events and its state at an earlier instant, the trial balance, re-verification.</summary>
[Collection(BrowserCollection.Name)]
public class AuditPageTests(BrowserHost host)
{
    [Fact]
    public async Task An_auditor_sees_a_transaction_as_it_stood_before_its_approval_the_trial_balance_and_every_decision_verified()
    {
        var desk = await PageDesk.OpenAsync(host, "Audit Page Co");
        var staples = await desk.QueuedAsync("STAPLES");
        await Task.Delay(1100);   // the page's instants have whole seconds
        var before = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss");
        await Task.Delay(1100);
        Assert.Equal(HttpStatusCode.OK, (await host.Client(desk.ReviewerToken).PostAsJsonAsync($"/api/transactions/{staples.TransactionId}/approve", new { version = staples.Version })).StatusCode);

        var page = await desk.SignInAsync(desk.AuditorToken, $"/audit?transaction={staples.TransactionId}");
        var history = page.Locator("#history");
        await Expect(history).ToContainTextAsync("review_approved");
        await Expect(history).ToContainTextAsync("journal_entry_posted");
        await Expect(page.Locator("#asof")).ToContainTextAsync("posted");

        await page.GetByLabel("As of (UTC)").First.FillAsync(before);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show history and state" }).ClickAsync();
        await Expect(page.Locator("#asof")).ToContainTextAsync("Statusin_review");
        await Expect(page.Locator("#asof")).ToContainTextAsync("Posted by–");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show trial balance" }).ClickAsync();
        var tb = page.Locator("#tb-table");
        await Expect(tb.Locator("tbody tr", new() { HasText = "6300" })).ToContainTextAsync("31.15");
        await Expect(tb.Locator("tfoot")).ToContainTextAsync("balanced");
        await Expect(tb.Locator("tfoot")).ToContainTextAsync("Total (1 entries)");

        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(page.Locator("#verify")).ToContainTextAsync("Gate decisions: 6 checked, 0 mismatches.");
        await PageDesk.ScreenshotAsync(page, "audit");
    }
}
