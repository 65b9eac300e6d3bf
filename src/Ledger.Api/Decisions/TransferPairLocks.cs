using System.Security.Cryptography;
using System.Text;
using Marten;
using Npgsql;

namespace Ledger.Api.Decisions;

/// <summary>
/// Two decision batches must not decide the two legs of one transfer at once. Deciding a leg appends to both legs'
/// streams, so when a checking statement and a card statement were decided side by side, a pair split over two batches
/// made them collide on a stream version: one whole batch (500 transactions) rolled back and was decided again, and its
/// reserved event numbers became a gap that held every async read model for the daemon's stale threshold (3 s; bench
/// --size small: three such rollbacks in 3,000 decisions). A batch now takes a transaction-scoped lock per transfer it
/// decides, all in one ascending order (no deadlock), and reads those legs again once it holds them: of two batches the
/// second finds the transfer decided and leaves it.
/// </summary>
public static class TransferPairLocks
{
    /// <summary>The transfers among the batch's undecided transactions whose other leg is undecided too, as lock keys.</summary>
    public static long[] Undecided(IReadOnlyDictionary<string, TransactionFacts.Fact> facts, IEnumerable<string> ids, string tenant) =>
        ids.Select(id => facts.GetValueOrDefault(id)?.State)
            .Where(s => s is { NeedsDecision: true, Transfer.CounterpartTransactionId: { } other } && facts.GetValueOrDefault(other)?.State.NeedsDecision == true)
            .Select(s => Key(tenant, s!.TransactionId, s.Transfer!.CounterpartTransactionId))
            .Distinct().Order().ToArray();

    /// <summary>
    /// Holds the locks until the batch's transaction ends, then reads the transfers' legs again (another batch may have
    /// decided them between the first read and the lock).
    /// </summary>
    public static async Task<Dictionary<string, TransactionFacts.Fact>> TakeAsync(IDocumentSession session, Dictionary<string, TransactionFacts.Fact> read,
        string[] ids, CancellationToken ct)
    {
        var keys = Undecided(read, ids, session.TenantId);
        if (keys.Length == 0) return read;
        await session.BeginTransactionAsync(ct);   // a no-op when the batch's transaction has begun (the pairing turn)
        // A function scan returns the array's elements in order, so the locks are taken in ascending order.
        await using (var cmd = new NpgsqlCommand("select count(pg_advisory_xact_lock(k)) from unnest(@keys) as k", session.Connection))
        {
            cmd.Parameters.AddWithValue("keys", keys);
            cmd.CommandTimeout = 0;   // as long as the other batch takes to commit; the token still cancels
            await cmd.ExecuteScalarAsync(ct);
        }
        var legs = ids.Where(id => read.GetValueOrDefault(id)?.State.Transfer is not null).ToArray();
        foreach (var (id, fact) in await TransactionFacts.LoadAsync(session, legs, ct)) read[id] = fact;
        return read;
    }

    /// <summary>One 64-bit key per transfer, whichever leg names it (bigint keys: apart from the tenant turns' int ones).</summary>
    static long Key(string tenant, string a, string b)
    {
        var (first, second) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        return BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes($"ledger-transfer\n{tenant}\n{first}\n{second}")), 0);
    }
}
