using Ledger.Domain;
using Ledger.Api.Hosting;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Ledger.Jobs.Commands;

/// <summary>
/// API nodes (or `serve` processes) working the same database, as their health checks show. A job command that rewrites
/// what a node's daemon writes (`rebuild`) must not run beside one: the two daemons would fight over the same read models
/// and progression rows, and the rebuild empties tables the node is writing to.
/// </summary>
public static class RunningNodes
{
    /// <summary>
    /// Waits until no node has answered a health check within the cluster's stale-node timeout (a node just killed, or a
    /// restored copy's node rows, go quiet within it), and throws, naming them, if some still answer after that.
    /// </summary>
    public static async Task RequireNoneAsync(NpgsqlDataSource db, IConfiguration config, string command, CancellationToken ct)
    {
        var stale = TimeSpan.FromSeconds(config.GetValue("Ledger:Cluster:StaleNodeSeconds", 5.0));
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var live = (await LedgerCluster.LiveNodesAsync(db, stale, ct)).Select(n => $"node {n.Number} {n.Description}").ToList();
            if (live.Count == 0) return;
            if (waiting.Elapsed > stale + TimeSpan.FromSeconds(2))
                throw new DomainException($"{command} needs the API stopped: {live.Count} node(s) on this database still answer their " +
                    $"health checks ({string.Join(", ", live)}). Stop them first (docs/runbook-backup-restore.md); nothing was changed.");
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }
}
