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
    public static async Task<bool> RunsEveryEventAgentAsync(IWolverineRuntime runtime, CancellationToken ct)
    {
        var nodes = await runtime.Storage.Nodes.LoadAllNodesAsync(ct);
        // Wolverine stamps its nodes' health checks with the machine's clock, so liveness is judged by that clock too.
        var live = nodes.Where(n => DateTimeOffset.UtcNow - n.LastHealthCheck < runtime.Options.Durability.StaleNodeTimeout).ToList();
        var wanted = nodes.SelectMany(n => n.Capabilities).Where(IsEventAgent).ToHashSet();
        var running = live.SelectMany(n => n.ActiveAgents).Where(IsEventAgent).ToHashSet();
        return wanted.Count > 0 && wanted.IsSubsetOf(running);
    }

    static bool IsEventAgent(Uri agent) => agent.Scheme == "event-subscriptions";
}
