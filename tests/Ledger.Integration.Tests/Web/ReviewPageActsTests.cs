using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Integration.Tests.Web;

/// <summary>Filters, split, exclude and bulk approval on the review page, each checked against what the API then says.</summary>
[Collection(BrowserCollection.Name)]
public class ReviewPageActsTests(BrowserHost host)
{
    const string Statement = Infrastructure.Decisions.NewStatement + "\n2026-11-07,STAPLES 00123 SPRINGFIELD IL,-12.00";

    [Fact]
    public async Task Filter_then_split_with_a_wrong_then_right_total_exclude_and_bulk_approve_a_vendor_after_its_count()
    {
        var desk = await PageDesk.OpenAsync(host, "Acts Page Co", Statement, transactions: 7);
        var pge = await desk.QueuedAsync("PGANDE");
        var coffee = await desk.QueuedAsync("SQ *BLUE BOTTLE");
        var page = await desk.SignInAsync(desk.ReviewerToken);
        var rows = page.Locator("#queue tbody tr");
        await Expect(rows).ToHaveCountAsync(7);

        await page.GetByLabel("Min amount").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(page.Locator("#total")).ToHaveTextAsync("(2 queued)");
        Assert.Contains("minAmount=100", page.Url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(7);
        await page.GetByRole(AriaRole.Button, new() { Name = "cold_start_vendor: 1" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("ACME WIDGETS");
        await page.GetByRole(AriaRole.Button, new() { Name = "cold_start_vendor: 1" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(7);

        // Split: the difference shows live and the split cannot be sent until the parts add up to the cent.
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
        await PageDesk.SelectAsync(page, "PGANDE");
        await page.Keyboard.PressAsync("s");
        var split = page.GetByRole(AriaRole.Dialog, new() { Name = "Split" });
        var amounts = split.GetByLabel("Amount");
        await amounts.Nth(0).FillAsync("100");
        await split.GetByLabel("Account").Nth(1).FillAsync("6100");
        await amounts.Nth(1).FillAsync("30");
        await Expect(split.Locator("#split-difference")).ToHaveTextAsync("Difference: 1.20 (still to assign)");
        await Expect(split.GetByRole(AriaRole.Button, new() { Name = "Split" })).ToBeDisabledAsync();
        await PageDesk.ScreenshotAsync(page, "review-split");
        await amounts.Nth(1).FillAsync("31.20");
        await Expect(split.Locator("#split-difference")).ToHaveTextAsync("The parts add up to the amount.");
        await split.GetByRole(AriaRole.Button, new() { Name = "Split" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Split PGANDE WEB ONLINE into 2 parts");
        var lines = (await desk.ExplainAsync(pge.TransactionId)).GetProperty("entry").GetProperty("lines").EnumerateArray()
            .Where(l => l.GetProperty("accountCode").GetString() != "1000").Select(l => (l.GetProperty("accountCode").GetString(), l.GetProperty("debit").GetDecimal())).ToList();
        Assert.Equal([("6500", 100.00m), ("6100", 31.20m)], lines);

        await PageDesk.SelectAsync(page, "SQ *BLUE BOTTLE");
        await page.Keyboard.PressAsync("x");
        var exclude = page.GetByRole(AriaRole.Dialog, new() { Name = "Exclude" });
        await exclude.GetByLabel("Reason").SelectOptionAsync("personal");
        await exclude.GetByLabel("Note").FillAsync("owner's coffee");
        await exclude.GetByRole(AriaRole.Button, new() { Name = "Exclude" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Excluded SQ *BLUE BOTTLE COFFEE SAN (personal)");
        Assert.Equal("excluded", (await desk.ExplainAsync(coffee.TransactionId)).GetProperty("status").GetString());

        await PageDesk.SelectAsync(page, "STAPLES");
        await page.Keyboard.PressAsync("b");
        var bulk = page.GetByRole(AriaRole.Dialog, new() { Name = "Approve every queued item of this vendor" });
        await Expect(bulk).ToContainTextAsync("Approve all 2 queued transactions of vendor staples");
        await bulk.GetByRole(AriaRole.Button, new() { Name = "Approve all" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Approved 2 transactions of staples");
        await Expect(PageDesk.Row(page, "STAPLES")).ToHaveCountAsync(0);
        Assert.Equal(3, (await desk.QueueAsync()).Total);

        await page.Keyboard.PressAsync("?");
        await Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Keys" })).ToBeVisibleAsync();
        await PageDesk.ScreenshotAsync(page, "review-keys");
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("dialog[open]")).ToHaveCountAsync(0);
    }
}
