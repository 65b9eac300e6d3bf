using Ledger.Domain.Statements;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Import;

/// <summary>The new transactions one import wrote: its id and the seq_id range they lie in (other writers' events may interleave).</summary>
public readonly record struct ImportedRange(Guid ImportId, long FirstSequence, long LastSequence)
{
    public bool IsEmpty => FirstSequence == 0;
}

/// <summary>
/// After an import, pairs its new transactions with unpaired opposite legs in the tenant's other accounts
/// (<see cref="TransferMatcher"/>) and records each pair on both streams. Candidates come from the stored
/// TransactionImported events, not from TransactionView: that view is an async projection and may not have caught up yet.
/// The database finds the possible pairs (same amount with opposite sign, another account, posted within the window), so
/// memory grows with the pairs found, not with the size of the file.
/// </summary>
public sealed class TransferDetection(IDocumentStore store, NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>Pairs per SaveChangesAsync: one pair's two appends always share a commit; Marten slows down past ~1,000 appends per batch.</summary>
    const int PairsPerCommit = 500;

    public async Task<int> DetectAsync(string tenantId, ImportedRange imported, CancellationToken ct)
    {
        if (imported.IsEmpty) return 0;
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        // Two imports into the same tenant at once must not both claim the same counterpart: detection runs one at a time per tenant.
        await using (var lockCmd = new NpgsqlCommand("select pg_advisory_lock(hashtext('ledger-transfers:' || @t))", conn))
        {
            lockCmd.Parameters.AddWithValue("t", tenantId);
            await lockCmd.ExecuteNonQueryAsync(ct);
        }
        try
        {
            var (transactions, counterparts) = await PossiblePairsAsync(conn, tenantId, imported, ct);
            var pairs = TransferMatcher.Match(transactions, counterparts);
            foreach (var chunk in pairs.Chunk(PairsPerCommit))
            {
                await using var session = store.LightweightSession(tenantId);
                var now = clock.GetCurrentInstant();
                foreach (var p in chunk)
                {
                    session.Events.Append(p.Transaction.TransactionId, Detected(p.Transaction, p.Counterpart, now));
                    session.Events.Append(p.Counterpart.TransactionId, Detected(p.Counterpart, p.Transaction, now));
                }
                await session.SaveChangesAsync(ct);
            }
            return pairs.Count;
        }
        finally
        {
            await using var unlock = new NpgsqlCommand("select pg_advisory_unlock(hashtext('ledger-transfers:' || @t))", conn);
            unlock.Parameters.AddWithValue("t", tenantId);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    static TransferPairDetected Detected(TransferCandidate self, TransferCandidate other, Instant at) =>
        new(self.TransactionId, other.TransactionId, other.BankAccountCode, self.Amount, self.PostedOn, other.PostedOn, at);

    /// <summary>
    /// Every (imported, counterpart) pair the matcher could choose from: the import's transactions (found by seq_id range and
    /// import id) joined with the tenant's unpaired transactions in other accounts whose amount is the negative one, posted
    /// within <see cref="TransferMatcher.MaxDaysApart"/> days. The matcher, given only the transactions that take part in
    /// such a pair, chooses exactly the pairs it would choose from the whole file.
    /// </summary>
    static async Task<(List<TransferCandidate> Imported, List<TransferCandidate> Counterparts)> PossiblePairsAsync(
        NpgsqlConnection conn, string tenantId, ImportedRange range, CancellationToken ct)
    {
        var schema = Projections.LedgerStore.Schema;
        // A tenant's first large import is not in the table statistics yet, so the planner expects one row per side and picks
        // nested loops: 100,000 x 100,000 comparisons. Hash joins cost one scan of each side, whatever the statistics say.
        await using var tx = await conn.BeginTransactionAsync(ct);
        await using (var hashJoins = new NpgsqlCommand("set local enable_nestloop = off", conn))
            await hashJoins.ExecuteNonQueryAsync(ct);
        await using var cmd = new NpgsqlCommand(
            $"""
             with imported as materialized (
               select stream_id, data ->> 'BankAccountCode' as account, (data ->> 'PostedOn')::date as posted, (data ->> 'Amount')::numeric as amount
               from {schema}.mt_events
               where seq_id between @first and @last and tenant_id = @t and type = 'transaction_imported' and data ->> 'ImportId' = @import)
             select i.stream_id, i.account, i.posted, i.amount,
                    c.stream_id, c.data ->> 'BankAccountCode', (c.data ->> 'PostedOn')::date, (c.data ->> 'Amount')::numeric
             from imported i
             join {schema}.mt_events c
               on c.tenant_id = @t and c.type = 'transaction_imported' and c.version = 1
              and (c.data ->> 'Amount')::numeric = -i.amount
              and c.data ->> 'BankAccountCode' <> i.account
              and (c.data ->> 'PostedOn')::date between i.posted - @days and i.posted + @days
             where not exists (select 1 from {schema}.mt_events p
                               where p.tenant_id = c.tenant_id and p.stream_id = c.stream_id and p.type = 'transfer_pair_detected')
             """, conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.Parameters.AddWithValue("first", range.FirstSequence);
        cmd.Parameters.AddWithValue("last", range.LastSequence);
        cmd.Parameters.AddWithValue("import", range.ImportId.ToString());
        cmd.Parameters.AddWithValue("days", TransferMatcher.MaxDaysApart);
        var imported = new Dictionary<string, TransferCandidate>();
        var counterparts = new Dictionary<string, TransferCandidate>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            imported.TryAdd(r.GetString(0), new TransferCandidate(r.GetString(0), r.GetString(1), r.GetFieldValue<LocalDate>(2), r.GetDecimal(3)));
            counterparts.TryAdd(r.GetString(4), new TransferCandidate(r.GetString(4), r.GetString(5), r.GetFieldValue<LocalDate>(6), r.GetDecimal(7)));
        }
        await r.DisposeAsync();
        await tx.CommitAsync(ct);
        return ([.. imported.Values], [.. counterparts.Values]);
    }
}
