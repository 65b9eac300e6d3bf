using Ledger.Projections;
using Npgsql;
using Wolverine;
using Wolverine.Runtime;

namespace Ledger.Api.Hosting;

/// <summary>What a process is to the other processes on the same database.</summary>
public enum LedgerRole
{
    /// <summary>The API (any number of them), or a process that works the pipeline: shares the async work with the others.</summary>
    Node,
    /// <summary>A job command: uses the database and the handlers inline, runs no background agent.</summary>
    Tool,
}

/// <summary>
/// Many nodes on one database. Every node runs Wolverine in Balanced mode: the nodes elect a leader, which gives each
/// async projection and subscription (the read models, the decision relay, the labels relay) to exactly one live node and
/// moves them when that node stops answering its health checks; a dead node's durable messages are taken over by the
/// others. Timings (docs/decisions.md 24, measured in the README) are settings, so tests and operators can tune takeover against
/// database polling: <c>Ledger:Cluster:HealthCheckSeconds</c> (1), <c>StaleNodeSeconds</c> (5), <c>CheckAssignmentSeconds</c> (2),
/// <c>FirstHealthCheckSeconds</c> (1), <c>ReassignmentSeconds</c> (1), <c>RecoverySeconds</c> (1).
/// </summary>
public static class LedgerCluster
{
    public static void Configure(DurabilitySettings durability, LedgerRole role, IConfiguration config)
    {
        if (role == LedgerRole.Tool)
        {
            // No inbox, outbox, node record or agent: handlers run inline (InvokeAsync) and nothing is left behind for a node.
            durability.Mode = DurabilityMode.MediatorOnly;
            return;
        }
        durability.Mode = DurabilityMode.Balanced;
        durability.HealthCheckPollingTime = Seconds(config, "HealthCheckSeconds", 1);
        durability.FirstHealthCheckExecution = Seconds(config, "FirstHealthCheckSeconds", 1);
        durability.StaleNodeTimeout = Seconds(config, "StaleNodeSeconds", 5);
        durability.CheckAssignmentPeriod = Seconds(config, "CheckAssignmentSeconds", 2);
        durability.NodeReassignmentPollingTime = Seconds(config, "ReassignmentSeconds", 1);
        // Also how often released inbox envelopes (a dead node's decision batches) are looked for: 5 s by default, which can
        // come on top of the takeover; the query is one cheap poll per node.
        durability.ScheduledJobPollingTime = Seconds(config, "RecoverySeconds", 1);
    }

    static TimeSpan Seconds(IConfiguration config, string key, double fallback) =>
        TimeSpan.FromSeconds(config.GetValue($"Ledger:Cluster:{key}", fallback));

    /// <summary>
    /// Whether every async projection and subscription some node can run is running on a live node: what "the daemon is
    /// running" means for a cluster, where a node that was given none of them is healthy too.
    /// </summary>
    public static async Task<bool> RunsEveryEventAgentAsync(IWolverineRuntime runtime, NpgsqlDataSource db, CancellationToken ct)
    {
        var nodes = await runtime.Storage.Nodes.LoadAllNodesAsync(ct);
        var liveIds = (await LiveNodesAsync(db, runtime.Options.Durability.StaleNodeTimeout, ct)).Select(n => n.Id).ToHashSet();
        var wanted = nodes.SelectMany(n => n.Capabilities).Where(IsEventAgent).ToHashSet();
        var running = nodes.Where(n => liveIds.Contains(n.NodeId)).SelectMany(n => n.ActiveAgents).Where(IsEventAgent).ToHashSet();
        return wanted.Count > 0 && wanted.IsSubsetOf(running);
    }

    public sealed record LiveNode(Guid Id, int Number, string Description);

    /// <summary>
    /// The nodes on this database whose last health check is younger than <paramref name="stale"/>. Wolverine stamps a
    /// health check with the database's `now()`, so it is judged by that clock too: no host's clock (a test's fake one, or a
    /// second machine's that drifts) enters into it.
    /// </summary>
    public static async Task<IReadOnlyList<LiveNode>> LiveNodesAsync(NpgsqlDataSource db, TimeSpan stale, CancellationToken ct)
    {
        var live = new List<LiveNode>();
        await using var cmd = db.CreateCommand(
            $"select id, node_number, description from {LedgerStore.Schema}.wolverine_nodes where health_check > now() - @stale");
        cmd.Parameters.AddWithValue("stale", stale);
        try
        {
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) live.Add(new(reader.GetGuid(0), reader.GetInt32(1), reader.GetString(2)));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            // No node has ever run on this database (a fresh restore target before its first start).
        }
        return live;
    }

    static bool IsEventAgent(Uri agent) => agent.Scheme == "event-subscriptions";
}
