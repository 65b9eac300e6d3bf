using Ledger.Domain.Decisions;
using Marten;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Ledger.Integration.Tests.Web;

/// <summary>Two reviewers in two browsers on the same queue item: the second act shows the first, it never overwrites it.</summary>
[Collection(BrowserCollection.Name)]
public class TwoBrowserConflictTests(BrowserHost host)
{
    [Fact]
    public async Task The_second_browser_to_act_sees_changed_since_you_opened_it_with_the_first_browsers_result_and_a_reload()
    {
        var desk = await PageDesk.OpenAsync(host, "Two Browsers Co");
        var pge = await desk.QueuedAsync("PGANDE");
        var first = await desk.SignInAsync(desk.ReviewerToken);   // each sign-in is a browser context of its own
        var second = await desk.SignInAsync(desk.Tenant.AdminToken);
        await PageDesk.SelectAsync(first, "PGANDE");
        await PageDesk.SelectAsync(second, "PGANDE");

        await first.Keyboard.PressAsync("a");
        await Expect(PageDesk.Row(first, "PGANDE")).ToHaveCountAsync(0);

        await second.Keyboard.PressAsync("a");
        var banner = second.Locator("#conflict");
        await Expect(banner).ToContainTextAsync("Changed since you opened it");
        await Expect(banner).ToContainTextAsync("Now: posted");
        await Expect(PageDesk.Row(second, "PGANDE")).ToHaveCountAsync(1);   // nothing removed until the reviewer reloads

        await using (var session = host.Store.QuerySession(desk.Tenant.TenantId))
        {
            var posted = (await session.Events.QueryRawEventDataOnly<JournalEntryPosted>().ToListAsync()).Where(p => p.TransactionId == pge.TransactionId).ToList();
            Assert.Equal("rita", Assert.Single(posted).PostedBy);   // the first browser's act stands, once
        }
        await banner.GetByRole(AriaRole.Button, new() { Name = "Reload the queue" }).ClickAsync();
        await Expect(banner).ToBeHiddenAsync();
        await Expect(PageDesk.Row(second, "PGANDE")).ToHaveCountAsync(0);
    }
}
