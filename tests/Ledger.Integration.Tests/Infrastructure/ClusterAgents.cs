using Wolverine.Runtime;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>Where Wolverine's leader put the event agents of a cluster of nodes on one database.</summary>
public static class ClusterAgents
{
    /// <summary>
    /// The event agents (projections, subscriptions) the other node and this one run, once every agent runs somewhere and
    /// the cluster has <paramref name="nodes"/> nodes (the killed node's row is gone when it was ejected).
    /// </summary>
    public static async Task<(List<string> Other, List<string> Mine)> SettledAsync(IWolverineRuntime runtime, int nodes)
    {
        static bool IsEventAgent(Uri a) => a.Scheme == "event-subscriptions";
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var all = await runtime.Storage.Nodes.LoadAllNodesAsync(CancellationToken.None);
            var wanted = all.SelectMany(n => n.Capabilities).Where(IsEventAgent).ToHashSet();
            List<string> Of(bool mine) => all.Where(n => (n.NodeId == runtime.Options.UniqueNodeId) == mine)
                .SelectMany(n => n.ActiveAgents).Where(IsEventAgent).Select(a => a.AbsolutePath.Trim('/')).Order().ToList();
            // Settled: every agent runs, and with more than one node the leader has spread them (it first gives a joining
            // node's share away a moment after every agent already runs somewhere).
            var spread = nodes == 1 || all.All(n => n.ActiveAgents.Any(IsEventAgent));
            if (all.Count == nodes && wanted.Count > 0 && spread && wanted.IsSubsetOf(all.SelectMany(n => n.ActiveAgents).ToHashSet())) return (Of(false), Of(true));
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"agents not settled: {all.Count} nodes, other {string.Join(", ", Of(false))}, mine {string.Join(", ", Of(true))}");
            await Task.Delay(250);
        }
    }
}
