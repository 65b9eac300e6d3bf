using Marten;

namespace Ledger.Api.Observability;

/// <summary>How far the slowest projection shard is behind the event store's high-water sequence (shared by /readyz and /metrics).</summary>
public static class ProjectionLag
{
    public static async Task<long> ComputeAsync(IDocumentStore store, CancellationToken ct)
    {
        var stats = await store.Advanced.FetchEventStoreStatistics(token: ct);
        var progress = await store.Advanced.AllProjectionProgress(token: ct);
        return progress.Where(p => p.ShardName != "HighWaterMark").Select(p => stats.EventSequenceNumber - p.Sequence).DefaultIfEmpty(0).Max();
    }
}
