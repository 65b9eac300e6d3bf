using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
using Marten;

namespace Ledger.Api.Decisions;

/// <summary>What the bank said about each transaction of a batch, and any transfer pairing, read by stream id.</summary>
public static class TransactionFacts
{
    /// <param name="CounterpartEntryId">The live entry of the transfer's other leg, when it already has one.</param>
    /// <param name="Version">The stream's version as read: a decision's events are appended right after it.</param>
    /// <param name="Decided">The stream already holds a decision (a redelivered or raced batch): it is never decided twice.</param>
    public sealed record Fact(TransactionImported Imported, TransferPairDetected? Transfer, Guid? CounterpartEntryId, long Version, bool Decided);

    public static async Task<IReadOnlyDictionary<string, Fact>> LoadAsync(IDocumentSession session, string[] ids, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamKey!.IsOneOf(ids)).ToListAsync(ct);
        var byStream = events.GroupBy(e => e.StreamKey!).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).ToList());
        var pairs = byStream.Values.SelectMany(d => d.Select(e => e.Data).OfType<TransferPairDetected>()).ToList();
        var counterpartEntries = await LiveEntriesAsync(session, pairs.Select(p => p.CounterpartTransactionId).Distinct().ToArray(), ct);

        var facts = new Dictionary<string, Fact>();
        foreach (var (id, stream) in byStream)
        {
            var data = stream.Select(e => e.Data).ToList();
            if (data.OfType<TransactionImported>().FirstOrDefault() is not { } imported) continue;
            var pair = data.OfType<TransferPairDetected>().LastOrDefault();
            Guid? counterpartEntry = pair is not null && counterpartEntries.TryGetValue(pair.CounterpartTransactionId, out var entry) ? entry : null;
            facts[id] = new Fact(imported, pair, counterpartEntry, stream[^1].Version, data.OfType<GateEvaluated>().Any());
        }
        return facts;
    }

    static async Task<IReadOnlyDictionary<string, Guid>> LiveEntriesAsync(IDocumentSession session, string[] ids, CancellationToken ct)
    {
        if (ids.Length == 0) return new Dictionary<string, Guid>();
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamKey!.IsOneOf(ids)).ToListAsync(ct);
        var live = new Dictionary<string, Guid>();
        foreach (var e in events.OrderBy(e => e.Sequence))
        {
            if (e.Data is JournalEntryPosted p) live[p.TransactionId] = p.EntryId;
            if (e.Data is JournalEntryReversed r) live.Remove(r.TransactionId);
        }
        return live;
    }
}
