using JasperFx.Events.Projections;

namespace Ledger.Api.Observability;

/// <summary>How far the slowest projection shard is behind the event store's high-water sequence (shared by /readyz and /metrics).</summary>
public static class ProjectionLag
{
    /// <param name="shards">The shards' progress (<see cref="PausedShards.ProgressAsync"/>), read once for the lag and the paused shards alike.</param>
    public static long Of(long highestSequence, IEnumerable<ShardState> shards) =>
        shards.Select(p => highestSequence - p.Sequence).DefaultIfEmpty(0).Max();
}
