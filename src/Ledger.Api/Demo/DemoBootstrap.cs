using Ledger.Api.Hosting;
using Ledger.Api.Tenants;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NodaTime;
using Wolverine;

namespace Ledger.Api.Demo;

/// <summary>
/// The README's run command: on a database without the demo tenant, onboard it; then print where the API listens and
/// a token for it. The token is kept in .ledger/demo.env (0600, local only) so the next start can print it again.
/// </summary>
public sealed class DemoBootstrap(IServiceProvider services, IHostApplicationLifetime lifetime, IConfiguration config, ILogger<DemoBootstrap> logger) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        if (config.GetValue("Ledger:Demo", false)) lifetime.ApplicationStarted.Register(() => _ = RunAsync());
        return Task.CompletedTask;
    }

    async Task RunAsync()
    {
        try
        {
            var envFile = Path.Combine(LedgerLogging.StateFolder(config), "demo.env");
            var (tenantId, newToken) = await new DemoJob(services).RunAsync(Console.Out, lifetime.ApplicationStopping);
            var token = newToken ?? ReadToken(envFile, tenantId) ?? await IssueTokenAsync(tenantId);
            PrivateFile.Write(envFile, $"LEDGER_TENANT_ID={tenantId}\nLEDGER_API_TOKEN={token}\n");
            var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
            Console.WriteLine($"""

                ==== AIBookkeeper Ledger is ready ====
                API:     {address}   (OpenAPI: {address}/openapi/v1.json, health: {address}/readyz)
                Tenant:  {tenantId} ({DemoJob.TenantName})
                Token:   {token}
                Pages:   {address}/review   (sign in with the token; also /reconcile, /ops and /audit)
                Try:     curl -H "Authorization: Bearer {token}" {address}/api/tenant
                """);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Demo bootstrap failed");
        }
    }

    static string? ReadToken(string envFile, string tenantId) =>
        File.Exists(envFile) && File.ReadAllText(envFile).Contains($"LEDGER_TENANT_ID={tenantId}")
            ? File.ReadAllLines(envFile).First(l => l.StartsWith("LEDGER_API_TOKEN=")).Split('=', 2)[1]
            : null;

    /// <summary>A configured database may hold the demo tenant without our local token file: mint a new admin token.</summary>
    async Task<string> IssueTokenAsync(string tenantId)
    {
        var token = ApiTokens.NewToken();
        await using var session = services.GetRequiredService<IDocumentStore>().LightweightSession(tenantId);
        session.Events.Append(tenantId, new ApiTokenIssued(Guid.NewGuid(), ApiTokens.Hash(token), Roles.Admin, "demo-admin", "demo",
            services.GetRequiredService<IClock>().GetCurrentInstant()));
        await session.SaveChangesAsync();
        return token;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
