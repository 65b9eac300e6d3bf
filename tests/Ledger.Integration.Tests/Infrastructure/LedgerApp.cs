using System.Net.Http.Headers;
using Alba;
using Ledger.Api.Tenants;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;
using Wolverine;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>The real API host on its own fresh database, with a clock the test controls.</summary>
public class LedgerApp : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;
    public string ConnectionString { get; private set; } = null!;
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 11, 2, 9, 0));
    public string OperatorToken { get; private set; } = null!;
    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();
    /// <summary>This host's per-decision audit files (decisions-YYYYMMDD.json), apart from the checkout's .ledger/logs.</summary>
    public string AuditFolder { get; } = Path.Combine(Path.GetTempPath(), $"ledger-test-audit-{Guid.NewGuid():N}");

    protected virtual void Configure(IWebHostBuilder builder) { }

    public virtual async Task InitializeAsync() => await StartAsync(await TestCluster.CreateDatabaseAsync(GetType().Name), null, solo: true);

    /// <summary>A host on an existing database: a "restart" of the API on the same data.</summary>
    /// <param name="solo">Wolverine in Solo mode, as the tests run (every agent on this host, at once); false for the
    /// production mode, where the hosts on one database share the agents (Balanced).</param>
    public static async Task<LedgerApp> StartOnAsync(string connectionString, Action<IWebHostBuilder>? configure = null, bool solo = true)
    {
        var app = new LedgerApp();
        await app.StartAsync(connectionString, configure, solo);
        return app;
    }

    async Task StartAsync(string connectionString, Action<IWebHostBuilder>? configure, bool solo)
    {
        ConnectionString = connectionString;
        Host = await AlbaHost.For<Program>(b =>
        {
            b.UseSetting("ConnectionStrings:Ledger", ConnectionString);
            b.UseSetting("Ledger:Demo", "false");
            b.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            b.UseSetting("Ledger:AuditLog:Folder", AuditFolder);
            b.ConfigureServices(s =>
            {
                s.RemoveAll<IClock>();
                s.AddSingleton<IClock>(Clock);
                if (!solo) return;
                s.RunWolverineInSoloMode();
                s.DisableAllExternalWolverineTransports();
            });
            Configure(b);
            configure?.Invoke(b);
        });
        OperatorToken = await OperatorTokens.IssueAsync(Store, "test-operator", "test", Clock.GetCurrentInstant());
    }

    public virtual async Task DisposeAsync()
    {
        // JasperFx's projection coordinator can race its own cancellation source while the host stops (seen under heavy
        // load, after the test's assertions had passed); that is shutdown noise, not the product's behaviour.
        try { await Host.DisposeAsync(); }
        catch (ObjectDisposedException e) when (e.ObjectName == typeof(CancellationTokenSource).FullName) { }
        if (Directory.Exists(AuditFolder)) Directory.Delete(AuditFolder, recursive: true);
    }

    public HttpClient Client(string token, string? actingTenant = null)
    {
        var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (actingTenant is not null) client.DefaultRequestHeaders.Add("X-Ledger-Tenant", actingTenant);
        return client;
    }

    /// <summary>Onboards a tenant through the operator endpoint, as a firm would.</summary>
    /// <param name="booksCurrency">Null: the endpoint's default (USD).</param>
    public async Task<TenantOnboardedResponse> OnboardAsync(string name, string template = "starter", string? booksCurrency = null)
    {
        var response = await Client(OperatorToken).PostAsJsonAsync("/api/ops/tenants", new { name, template, booksCurrency });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TenantOnboardedResponse>(Json.Options))!;
    }
}
