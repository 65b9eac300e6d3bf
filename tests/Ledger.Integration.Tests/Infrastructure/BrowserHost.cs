using System.Net.Http.Headers;
using Ledger.Api.Hosting;
using Ledger.Api.Tenants;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;
using NodaTime;
using Wolverine;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>
/// One real API host (Kestrel on 127.0.0.1, a fresh database of the test cluster) and one headless Debian Chromium, shared
/// by every browser test; each test signs in from its own browser context (its own cookies) to its own tenant.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    WebApplication app = null!;
    IPlaywright playwright = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = null!;
    public string OperatorToken { get; private set; } = null!;
    public IDocumentStore Store => app.Services.GetRequiredService<IDocumentStore>();
    public IHost Host => app;
    readonly string auditFolder = Path.Combine(Path.GetTempPath(), $"ledger-ui-audit-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        // No browser, no test: a missing Chromium fails every browser test with this message instead of skipping them.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: install Debian's package (apt-get install -y chromium); .ci/run does.");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ledger:Demo"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Ledger:AuditLog:Folder"] = auditFolder,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddLedgerApi(await TestCluster.CreateDatabaseAsync("browser"));
        builder.Services.RunWolverineInSoloMode();
        builder.Services.DisableAllExternalWolverineTransports();
        app = builder.Build();
        app.UseLedgerApi();
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        OperatorToken = await OperatorTokens.IssueAsync(Store, "olivia", "test", SystemClock.Instance.GetCurrentInstant());

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        if (app is not null) await app.DisposeAsync();
        if (Directory.Exists(auditFolder)) Directory.Delete(auditFolder, recursive: true);
    }

    public System.Collections.Concurrent.ConcurrentQueue<string> ConsoleLines { get; } = new();
    void ConsoleAdd(string line) => ConsoleLines.Enqueue(line);

    public HttpClient Client(string token, string? actingTenant = null)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (actingTenant is not null) client.DefaultRequestHeaders.Add("X-Ledger-Tenant", actingTenant);
        return client;
    }

    public async Task<TenantOnboardedResponse> OnboardAsync(string name)
    {
        var response = await Client(OperatorToken).PostAsJsonAsync("/api/ops/tenants", new { name, template = "starter" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TenantOnboardedResponse>(Json.Options))!;
    }

    /// <summary>A fresh browser context (no cookies) with a page at <paramref name="path"/>.</summary>
    public async Task<IPage> NewPageAsync(string path = "/")
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, ViewportSize = new() { Width = 1360, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        // What the page said, for the failure message of a test that times out waiting for it.
        page.Console += (_, m) => ConsoleAdd($"{page.Url} console.{m.Type}: {m.Text}");
        page.PageError += (_, e) => ConsoleAdd($"{page.Url} error: {e}");
        page.RequestFailed += (_, r) => ConsoleAdd($"{r.Method} {r.Url} failed: {r.Failure}");
        if (path != "") await page.GotoAsync(path);
        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
