using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Integration.Tests.Web;

/// <summary>Issue #20's page: an account against the bank on a statement date, each difference explained, marked by a reviewer, read by an auditor.</summary>
[Collection(BrowserCollection.Name)]
public class ReconcilePageTests(BrowserHost host)
{
    [Fact]
    public async Task A_reviewer_sees_bank_and_book_with_each_difference_explained_and_marks_it_reconciled_an_auditor_only_reads()
    {
        var t = await host.OnboardAsync("Reconcile Page Co");
        var admin = host.Client(t.AdminToken);
        // A checking export with the bank's running balance: opening 1,000.00, closing 1,640.00 on 2026-11-12.
        (await admin.UploadTextAsync("checking.csv",
            "Date,Description,Amount,Balance\n2026-11-02,CLIENT DEPOSIT,800.00,1800.00\n2026-11-09,OFFICE RENT,-150.00,1650.00\n2026-11-12,BANK FEE,-10.00,1640.00\n", "1000"))
            .EnsureSuccessStatusCode();
        await PageDesk.WaitForQueueAsync(host, t.TenantId, 3);
        (await admin.PostAsJsonAsync("/api/accounts/1000/opening-balance", new { })).EnsureSuccessStatusCode();
        var reviewer = await Review.ReviewDesk.TokenAsync(admin, "reviewer", "rita");
        var auditor = await Review.ReviewDesk.TokenAsync(admin, "auditor", "audrey");

        var page = await PageDesk.SignInAsync(host, reviewer, "/reconcile?account=1000");
        await Expect(page.Locator("#bank")).ToContainTextAsync("1,640.00");
        await Expect(page.Locator("#book")).ToContainTextAsync("1,000.00");
        await Expect(page.Locator("#difference")).ToContainTextAsync("640.00");
        await Expect(page.Locator("#unexplained")).ToContainTextAsync("0.00");
        var items = page.Locator("#items tbody tr");
        await Expect(items).ToHaveCountAsync(3);
        await Expect(items.Filter(new() { HasText = "OFFICE RENT" })).ToContainTextAsync("bank line in review");
        await Expect(page.Locator("#recorded")).ToContainTextAsync("Not marked reconciled on 2026-11-12");
        await PageDesk.ScreenshotAsync(page, "reconcile");

        await page.GetByLabel("Note").FillAsync("three lines still in review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark reconciled" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Marked 1000 reconciled on 2026-11-12");
        await Expect(page.Locator("#recorded")).ToContainTextAsync("by rita");
        var recorded = (await (await admin.GetAsync("/api/reconciliations")).Body()).EnumerateArray().Single();
        Assert.Equal((1640.00m, 1000.00m, "three lines still in review"),
            (recorded.GetProperty("bankBalance").GetDecimal(), recorded.GetProperty("bookBalance").GetDecimal(), recorded.GetProperty("note").GetString()));

        var audit = await PageDesk.SignInAsync(host, auditor, "/reconcile?account=1000&date=2026-11-12");
        await Expect(audit.Locator("#recorded")).ToContainTextAsync("by rita");
        await Expect(audit.Locator("#mark")).ToBeHiddenAsync();
        await Expect(audit.Locator("#readonly")).ToBeVisibleAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(auditor).PostAsJsonAsync("/api/accounts/1000/reconciliation",
            new { date = "2026-11-12", bankBalance = 1640.00m, bookBalance = 1000.00m })).StatusCode);
    }
}
