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
/// a token for it. The token is kept in .ledger/demo.env (local only) so the next start can print it again.
/// </summary>
public sealed class DemoBootstrap(IServiceProvider services, IHostApplicationLifetime lifetime, IConfiguration config, ILogger<DemoBootstrap> logger) : IHostedService
{
    public const string DemoTenantName = "Demo Bookkeeping Co";

    public Task StartAsync(CancellationToken ct)
    {
        if (config.GetValue("Ledger:Demo", false)) lifetime.ApplicationStarted.Register(() => _ = RunAsync());
        return Task.CompletedTask;
    }

    async Task RunAsync()
    {
        try
        {
            var store = services.GetRequiredService<IDocumentStore>();
            using var scope = services.CreateScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            var envFile = Path.Combine(DatabaseLocation.RepositoryRoot(), ".ledger", "demo.env");
            await using var query = store.QuerySession();
            var tenant = await query.Query<Tenant>().Where(x => x.AnyTenant() && x.Name == DemoTenantName).FirstOrDefaultAsync();
            string token;
            if (tenant is null)
            {
                var onboarded = await bus.InvokeAsync<TenantOnboardedResponse>(new OnboardTenant(DemoTenantName, "starter", "demo-admin", "demo"));
                token = onboarded.AdminToken;
                tenant = new Tenant { Id = onboarded.TenantId, Name = onboarded.Name };
                Directory.CreateDirectory(Path.GetDirectoryName(envFile)!);
                await File.WriteAllTextAsync(envFile, onboarded.Kit.EnvSnippet);
            }
            else if (File.Exists(envFile) && File.ReadAllText(envFile).Contains($"LEDGER_TENANT_ID={tenant.Id}"))
            {
                token = File.ReadAllLines(envFile).First(l => l.StartsWith("LEDGER_API_TOKEN=")).Split('=', 2)[1];
            }
            else
            {
                token = ApiTokens.NewToken();
                await using var session = store.LightweightSession(tenant.Id);
                session.Events.Append(tenant.Id, new ApiTokenIssued(Guid.NewGuid(), ApiTokens.Hash(token), Roles.Admin, "demo-admin", "demo",
                    services.GetRequiredService<IClock>().GetCurrentInstant()));
                await session.SaveChangesAsync();
            }
            var address = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
            Console.WriteLine($"""

                ==== AIBookkeeper Ledger is ready ====
                API:     {address}   (OpenAPI: {address}/openapi/v1.json, health: {address}/readyz)
                Tenant:  {tenant.Id} ({DemoTenantName})
                Token:   {token}
                Try:     curl -H "Authorization: Bearer {token}" {address}/api/tenant
                """);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Demo bootstrap failed");
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
