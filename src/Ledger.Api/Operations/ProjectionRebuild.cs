using System.Diagnostics;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Ledger.Projections;
using Npgsql;

namespace Ledger.Api.Operations;

public sealed record ProjectionRebuilt(string Name, ProjectionLifecycle Lifecycle, TimeSpan Took);
public sealed record RebuildReport(IReadOnlyList<ProjectionRebuilt> Projections, long Events, IReadOnlyDictionary<string, long> Documents, TimeSpan Took);

/// <summary>
/// Rebuilds every projection of the store from the events, inline ones included, through the daemon's by-name API.
/// Subscriptions (the "decisions" relay) are not projections and are never replayed, so a rebuild repeats no side
/// effect: no decision, export or LLM call. Live aggregations have no stored state and are skipped.
/// </summary>
public static class ProjectionRebuild
{
    public static IReadOnlyList<IProjectionSource<IDocumentOperations, IQuerySession>> Projections(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.Where(p => p.Lifecycle != ProjectionLifecycle.Live).OrderBy(p => p.Name).ToList();

    /// <param name="replay">The composite read models by <see cref="LedgerViewsReplay"/> (one pass, COPY) when the whole store is
    /// rebuilt; false: through the daemon like every other projection (<c>rebuild --daemon</c>, and the test that compares the two).</param>
    /// <param name="partitionEvents">The replay's partition size (<see cref="LedgerViewsReplay.PartitionEvents"/>).</param>
    public static async Task<RebuildReport> RebuildAllAsync(IDocumentStore store, NpgsqlDataSource db, IProjectionDaemon daemon, string? tenant, Action<string> progress, CancellationToken ct,
        bool replay = true, long partitionEvents = LedgerViewsReplay.PartitionEvents)
    {
        var all = Stopwatch.StartNew();
        var done = new List<ProjectionRebuilt>();
        var timeout = TimeSpan.FromMinutes(30);
        foreach (var projection in Projections(store))
        {
            var sw = Stopwatch.StartNew();
            progress($"rebuilding {projection.Name} ({projection.Lifecycle}){(tenant is null ? "" : $" for tenant {tenant}")} ...");
            if (replay && tenant is null && projection.Name == LedgerStore.AsyncViews && LedgerViewsReplay.Composite(store) is { } composite)
                await ReplayAsync(store, db, daemon, composite, progress, partitionEvents, ct);
            else if (tenant is null) await daemon.RebuildProjectionAsync(projection.Name, timeout, ct);
            else await daemon.RebuildProjectionAsync(projection.Name, tenant, timeout, ct);
            await ResumeAsync(daemon, projection, ct);
            done.Add(new ProjectionRebuilt(projection.Name, projection.Lifecycle, sw.Elapsed));
            progress($"  {projection.Name} done in {sw.Elapsed.TotalSeconds:N2} s");
        }
        var (events, documents) = await CountAsync(store, db, tenant, ct);
        return new RebuildReport(done, events, documents, all.Elapsed);
    }

    /// <summary>
    /// A running daemon's shard is stopped first, as its own rebuild does, so it writes nothing while the replay runs; the
    /// replay stops at a sequence below which nothing can still arrive, and the restarted shard (<see cref="ResumeAsync"/>)
    /// takes the events after it by the daemon's own rules.
    /// </summary>
    static async Task ReplayAsync(IDocumentStore store, NpgsqlDataSource db, IProjectionDaemon daemon, JasperFx.Events.Projections.Composite.CompositeProjection<IDocumentOperations, IQuerySession> composite,
        Action<string> progress, long partitionEvents, CancellationToken ct)
    {
        var shard = $"{composite.Name}:All";
        if (daemon.IsRunning && daemon.CurrentAgents().Any(a => a.Name.Identity == shard)) await daemon.StopAgentAsync(shard);
        var ceiling = await LedgerViewsReplay.CeilingAsync(db, daemon.IsRunning, ct);
        var r = await LedgerViewsReplay.RebuildAsync(store, db, composite, ceiling, progress, ct, partitionEvents);
        progress($"  {composite.Name}: {r.Events:N0} events up to {r.Ceiling:N0} applied in {(r.Load + r.Apply).TotalSeconds:N1} s (loading {r.Load.TotalSeconds:N1} s, applying {r.Apply.TotalSeconds:N1} s: {r.ApplyByMember}); old documents truncated in {r.Teardown.TotalSeconds:N1} s, new ones written in {r.Write.TotalSeconds:N1} s " +
                 $"({r.Partitions:N0} partition(s) of tenants, each written while the next is applied); {r.Gc}");
    }

    /// <summary>
    /// Seen here: in a running host's daemon a rebuilt async shard is left stopped, so new events would never reach it.
    /// Start it again unless it already runs (a daemon built just for the rebuild is not running and needs nothing).
    /// </summary>
    static async Task ResumeAsync(IProjectionDaemon daemon, IProjectionSource<IDocumentOperations, IQuerySession> projection, CancellationToken ct)
    {
        if (!daemon.IsRunning || projection.Lifecycle != ProjectionLifecycle.Async) return;
        var shard = $"{projection.Name}:All";
        if (daemon.CurrentAgents().Any(a => a.Name.Identity == shard && a.Status == JasperFx.AgentStatus.Running)) return;
        await daemon.StartAgentAsync(shard, ct);
    }

    /// <summary>The final check: how many events there are, and how many documents each projected type now holds.</summary>
    public static async Task<(long Events, IReadOnlyDictionary<string, long> Documents)> CountAsync(IDocumentStore store, NpgsqlDataSource db, string? tenant, CancellationToken ct)
    {
        var documents = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var conn = await db.OpenConnectionAsync(ct);
        var events = await CountRowsAsync(conn, "mt_events", tenant, ct);
        foreach (var type in Projections(store).SelectMany(p => p.PublishedTypes()).Distinct())
        {
            var table = store.Options.FindOrResolveDocumentType(type).TableName.Name;
            documents[type.Name] = await CountRowsAsync(conn, table, tenant, ct);
        }
        return (events, documents);
    }

    static async Task<long> CountRowsAsync(NpgsqlConnection conn, string table, string? tenant, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand($"select count(*) from {Ledger.Projections.LedgerStore.Schema}.{table}" + (tenant is null ? "" : " where tenant_id = @t"), conn);
        if (tenant is not null) cmd.Parameters.AddWithValue("t", tenant);
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
