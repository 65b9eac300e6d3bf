using JasperFx.CommandLine;
using Ledger.Api.Operations;
using Marten;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Ledger.Jobs.Commands;

public class RebuildInput : NetCoreInput
{
    [Description("Rebuild the composite read models through the daemon, page by page, instead of the one-pass replay (docs/decisions.md 45)")]
    public bool DaemonFlag { get; set; }

    [Description("Rebuild only this tenant's documents")]
    public string? TenantFlag { get; set; }
}

/// <summary>
/// Throws away and rebuilds every read model from the events. Refuses while an API node on the database still answers
/// its health checks (<see cref="RunningNodes"/>): a second daemon would fight this one over the progression rows. Subscriptions are left alone (no side effects).
/// The composite read models of the whole store go by <see cref="LedgerViewsReplay"/> (up to the last event, since nothing
/// else appends); <c>--tenant</c> and <c>--daemon</c> rebuild them through the daemon.
/// </summary>
[Description("Rebuild every projection (inline and async) from the events, then print event and document counts", Name = "rebuild")]
public class RebuildCommand : OperatorCommand<RebuildInput>
{
    protected override async Task<bool> Run(RebuildInput input)
    {
        using var host = input.BuildHost();
        if (input.TenantFlag is { } tenant) await RequireTenantAsync(host, tenant);
        await RunningNodes.RequireNoneAsync(host.Services.GetRequiredService<NpgsqlDataSource>(), host.Services.GetRequiredService<IConfiguration>(),
            "rebuild", CancellationToken.None);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var done = 0;
        var report = await ProgressDisplay.RunAsync("Rebuilding projections", ProjectionRebuild.Projections(store).Count, progress =>
            ProjectionRebuild.RebuildAllAsync(store, host.Services.GetRequiredService<NpgsqlDataSource>(), daemon, input.TenantFlag,
                line => { if (line.Contains(" done in ", StringComparison.Ordinal)) progress.Report(++done); }, CancellationToken.None, replay: !input.DaemonFlag));
        foreach (var p in report.Projections) Console.WriteLine($"  {p.Name,-58} {p.Lifecycle,-6} {p.Took.TotalSeconds,7:N2} s");
        Console.WriteLine($"Rebuilt {report.Projections.Count} projections in {report.Took.TotalSeconds:N1} s over {report.Events:N0} events");
        foreach (var (type, count) in report.Documents) Console.WriteLine($"  {type,-24} {count,10:N0} documents");
        return true;
    }
}
