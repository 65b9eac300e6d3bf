using Ledger.Domain.Lifecycle;
using Marten;

namespace Ledger.Api.Decisions;

/// <summary>Transaction streams read for deciding: each one's lifecycle state and the version it was read at.</summary>
public static class TransactionFacts
{
    /// <param name="Version">The stream's version as read: anything appended to it is appended right after this version.</param>
    public sealed record Fact(TransactionLifecycle State, long Version);

    /// <summary>The batch's transactions and the other legs of their transfers, folded by the one lifecycle fold.</summary>
    public static async Task<Dictionary<string, Fact>> LoadAsync(IDocumentSession session, string[] ids, CancellationToken ct)
    {
        var facts = await ReadAsync(session, ids, ct);
        var counterparts = facts.Values.Select(f => f.State.Transfer?.CounterpartTransactionId).OfType<string>().Where(id => !facts.ContainsKey(id)).Distinct().ToArray();
        foreach (var (id, fact) in await ReadAsync(session, counterparts, ct)) facts[id] = fact;
        return facts;
    }

    static async Task<Dictionary<string, Fact>> ReadAsync(IDocumentSession session, string[] ids, CancellationToken ct)
    {
        var facts = new Dictionary<string, Fact>();
        if (ids.Length == 0) return facts;
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamKey!.IsOneOf(ids)).ToListAsync(ct);
        foreach (var stream in events.GroupBy(e => e.StreamKey!))
        {
            var ordered = stream.OrderBy(e => e.Version).ToList();
            if (TransactionLifecycle.Fold(ordered.Select(e => e.Data)) is { } state) facts[stream.Key] = new Fact(state, ordered[^1].Version);
        }
        return facts;
    }
}
