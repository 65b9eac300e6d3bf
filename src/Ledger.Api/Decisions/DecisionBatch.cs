using Ledger.Domain.Lifecycle;

namespace Ledger.Api.Decisions;

/// <summary>
/// What a batch appends to each transaction stream it touches (its own transactions, and the other legs of their
/// transfers), each after the version it was read at, and every stream's state with those events folded in, so a
/// transaction decided later in the batch sees what an earlier one did to it.
/// </summary>
public sealed class DecisionBatch(Dictionary<string, TransactionFacts.Fact> read)
{
    readonly Dictionary<string, TransactionLifecycle> states = read.ToDictionary(f => f.Key, f => f.Value.State);
    readonly Dictionary<string, List<object>> appended = [];

    public TransactionLifecycle? State(string? id) => id is not null && states.TryGetValue(id, out var s) ? s : null;

    public void Append(string id, IReadOnlyList<object> events)
    {
        if (events.Count == 0) return;
        if (!read.ContainsKey(id)) throw new InvalidOperationException($"Transaction {id} was not read by this batch.");
        states[id] = events.Aggregate(states[id], (s, e) => s.Evolve(e));
        (appended.TryGetValue(id, out var list) ? list : appended[id] = []).AddRange(events);
    }

    public IReadOnlyList<DecidedStream> Streams => appended.Select(a => new DecidedStream(a.Key, read[a.Key].Version, a.Value)).ToList();
}
