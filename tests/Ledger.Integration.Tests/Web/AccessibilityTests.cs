using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Ledger.Integration.Tests.Web;

/// <summary>Every page through axe-core (bundled with Deque.AxeCore.Playwright, nothing downloaded): no serious or critical violation.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(BrowserHost host)
{
    [Fact]
    public async Task Every_page_has_no_serious_or_critical_accessibility_violation()
    {
        var desk = await PageDesk.OpenAsync(host, "Accessible Co");
        var signin = await host.NewPageAsync("/signin");
        await signin.Locator("body[data-signin=ready]").WaitForAsync();
        var findings = new List<string>(await ViolationsAsync(signin, "/signin"));

        var page = await desk.SignInAsync(desk.Tenant.AdminToken);
        findings.AddRange(await ViolationsAsync(page, "/review"));
        await page.Keyboard.PressAsync("Enter");   // the explain drawer
        await page.Locator("#drawer:not([hidden])").WaitForAsync();
        findings.AddRange(await ViolationsAsync(page, "/review explain drawer"));
        foreach (var path in new[] { "/reconcile", "/ops", "/audit" })
        {
            await page.GotoAsync(path);
            await page.Locator("body[data-ready=true]").WaitForAsync();
            findings.AddRange(await ViolationsAsync(page, path));
        }
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    static async Task<IEnumerable<string>> ViolationsAsync(IPage page, string where)
    {
        var results = await page.RunAxe();
        Assert.NotEmpty(results.Passes);   // axe ran its rules on the page, not on an empty document
        return results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Impact} {v.Id} ({v.Help}): {string.Join(" | ", v.Nodes.Select(n => n.Target?.ToString()))}");
    }
}
