using JasperFx.Events.Projections;
using Marten;
using NodaTime;

namespace Ledger.Api.Observability;

/// <param name="Shard">The daemon's shard name, e.g. <c>LedgerViews:All</c> or the decision relay's <c>decisions:All</c>.</param>
/// <param name="Since">When the daemon paused it (the progression row's status transition); null if the row does not say.</param>
/// <param name="Reason">The first line of the exception that paused it, and of its innermost cause when it wraps one (the
/// daemon wraps the real fault, e.g. a body that will not deserialize, in its own "failure while loading events").</param>
/// <param name="Node">The Wolverine node number that ran it when it paused; null if not recorded.</param>
/// <param name="Category">Marten's classification (ApplyEvent, EventSerialization, UnknownEventType, ProgressionOutOfOrder, Other).</param>
/// <param name="EventSequence">The event it stopped on, when Marten can blame one.</param>
/// <param name="EventType">That event's type alias, when known.</param>
public sealed record PausedShard(string Shard, Instant? Since, string Reason, int? Node, string? Category, long? EventSequence, string? EventType)
{
    /// <summary>One line for an operator: which shard, since when, where, why.</summary>
    public string Problem() =>
        $"projection shard {Shard} is paused{(Since is { } s ? $" since {s}" : "")}{(Node is { } n ? $" on node {n}" : "")}" +
        $"{(EventSequence is { } e ? $" at event {e}{(EventType is { } type ? $" ({type})" : "")}" : "")}: {Reason}";
}

/// <summary>
/// Async projection and subscription shards the daemon has paused (an error it will not retry, decisions 9 and 49), read
/// from Marten's extended progression columns in <c>mt_event_progression</c>. The daemon of whichever node runs the shard
/// writes its status there on every transition, so every node sees a shard paused on any other (shared by /readyz and /metrics).
/// A paused shard stays paused until a node starts it again (an API restart, or leadership moving it); the start writes
/// Running over the row and clears the reason.
/// </summary>
public static class PausedShards
{
    public static async Task<IReadOnlyList<ShardState>> ProgressAsync(IDocumentStore store, CancellationToken ct) =>
        (await store.Advanced.AllProjectionProgress(token: ct)).Where(p => p.ShardName != ShardState.HighWaterMark).ToList();

    public static IReadOnlyList<PausedShard> Of(IEnumerable<ShardState> progress) =>
        progress.Where(IsPaused).OrderBy(p => p.ShardName, StringComparer.Ordinal).Select(p => new PausedShard(
            p.ShardName,
            p.LastHeartbeat is { } at ? Instant.FromDateTimeOffset(at) : p.LastUpdated is { } row ? Instant.FromDateTimeOffset(row) : null,
            ReasonOf(p.PauseReason ?? p.Failure?.Detail),
            p.RunningOnNode is > 0 ? p.RunningOnNode : null,
            p.Failure?.Category.ToString(),
            p.Failure?.Event?.Sequence,
            p.Failure?.Event?.EventTypeName)).ToList();

    public static bool IsPaused(ShardState p) => p.AgentStatus == nameof(JasperFx.AgentStatus.Paused);

    /// <summary>The reason is the exception's ToString(): its first line, and the innermost " ---> " line when it wraps others.</summary>
    public static string ReasonOf(string? detail)
    {
        if (string.IsNullOrWhiteSpace(detail)) return "no reason recorded";
        var lines = detail.Split('\n').Select(l => l.Trim()).ToList();
        var root = lines.LastOrDefault(l => l.StartsWith("---> ", StringComparison.Ordinal));
        return root is null ? lines[0] : $"{lines[0]} (caused by {root[5..]})";
    }
}
