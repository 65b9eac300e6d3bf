using Ledger.Domain.Statements;
using Ledger.Projections;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Import;

/// <summary>
/// The new transactions one import wrote: its id, its bank account, the seq_id range they lie in (other writers' events may
/// interleave) and the days they were posted on (at least: From/To may cover more).
/// </summary>
public readonly record struct ImportedRange(Guid ImportId, string BankAccountCode, long FirstSequence, long LastSequence, LocalDate From, LocalDate To)
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
public sealed class TransferDetection(IDocumentStore store, IClock clock)
{
    /// <summary>Pairs per SaveChangesAsync: one pair's two appends always share a commit; Marten slows down past ~1,000 appends per batch.</summary>
    const int PairsPerCommit = 500;

    /// <param name="turn">The tenant's pairing turn, held by the caller: two imports never claim the same counterpart, and no
    /// decision batch is deciding a leg while its pair is recorded.</param>
    public async Task<int> DetectAsync(TransferPairingTurn turn, ImportedRange imported, CancellationToken ct)
    {
        if (imported.IsEmpty) return 0;
        var tenantId = turn.TenantId;
        await using var conn = await store.OpenTenantConnectionAsync(tenantId, ct);
        // The usual first import into a tenant, or into its only account, has nothing to pair with: one scan says so.
        if (!await AnyCounterpartAsync(conn, tenantId, imported, ct)) return 0;
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

    static TransferPairDetected Detected(TransferCandidate self, TransferCandidate other, Instant at) =>
        new(self.TransactionId, other.TransactionId, other.BankAccountCode, self.Amount, self.PostedOn, other.PostedOn, at);

    /// <summary>
    /// Whether any transaction of another account was posted within the window around the import's days. Stops at the first
    /// one; scans the tenant's transactions when there is none (the jsonb fields have no index).
    /// </summary>
    static async Task<bool> AnyCounterpartAsync(NpgsqlConnection conn, string tenantId, ImportedRange range, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(
            $"""
             select exists (select 1 from {Projections.LedgerStore.Schema}.mt_events
                            where tenant_id = @t and type = 'transaction_imported' and version = 1 and data ->> 'BankAccountCode' <> @account
                              and data ->> 'PostedOn' between @from and @to)
             """, conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.Parameters.AddWithValue("account", range.BankAccountCode);
        // ISO dates in the event JSON compare as text.
        cmd.Parameters.AddWithValue("from", Iso(range.From.PlusDays(-TransferMatcher.MaxDaysApart)));
        cmd.Parameters.AddWithValue("to", Iso(range.To.PlusDays(TransferMatcher.MaxDaysApart)));
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Every (imported, counterpart) pair the matcher could choose from: the import's transactions (found by seq_id range and
    /// import id) joined with the tenant's transactions in other accounts whose amount is the negative one, posted within
    /// <see cref="TransferMatcher.MaxDaysApart"/> days, less the counterparts already paired. The matcher, given only the
    /// transactions that take part in such a pair, chooses exactly the pairs it would choose from the whole file.
    /// </summary>
    static async Task<(List<TransferCandidate> Imported, List<TransferCandidate> Counterparts)> PossiblePairsAsync(
        NpgsqlConnection conn, string tenantId, ImportedRange range, CancellationToken ct)
    {
        var schema = Projections.LedgerStore.Schema;
        var imported = new Dictionary<string, TransferCandidate>();
        var counterparts = new Dictionary<string, TransferCandidate>();
        var edges = new List<(string Imported, string Counterpart)>();
        // A tenant's first large import is not in the table statistics yet, so the planner expects one row on each side and
        // picks nested loops (100,000 x 100,000 comparisons) or scans the tenant instead of the import's seq_id range. Hash
        // joins cost one scan of each side whatever the statistics say; "offset 0" keeps the tenant filter off the seq_id scan.
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            await using (var hashJoins = new NpgsqlCommand("set local enable_nestloop = off", conn))
                await hashJoins.ExecuteNonQueryAsync(ct);
            await using var cmd = new NpgsqlCommand(
                $"""
                 with imported as materialized (
                   select e.stream_id, e.data ->> 'BankAccountCode' as account, (e.data ->> 'PostedOn')::date as posted, (e.data ->> 'Amount')::numeric as amount
                   from (select * from {schema}.mt_events where seq_id between @first and @last offset 0) e
                   where e.tenant_id = @t and e.type = 'transaction_imported' and e.data ->> 'ImportId' = @import),
                 others as materialized (
                   select stream_id, data ->> 'BankAccountCode' as account, (data ->> 'PostedOn')::date as posted, (data ->> 'Amount')::numeric as amount
                   from {schema}.mt_events
                   where tenant_id = @t and type = 'transaction_imported' and version = 1 and data ->> 'BankAccountCode' <> @account
                     and data ->> 'PostedOn' between @from and @to)
                 select i.stream_id, i.account, i.posted, i.amount, c.stream_id, c.account, c.posted, c.amount
                 from imported i join others c on c.amount = -i.amount and c.account <> i.account and c.posted between i.posted - @days and i.posted + @days
                 """, conn);
            cmd.Parameters.AddWithValue("t", tenantId);
            cmd.Parameters.AddWithValue("first", range.FirstSequence);
            cmd.Parameters.AddWithValue("last", range.LastSequence);
            cmd.Parameters.AddWithValue("import", range.ImportId.ToString());
            cmd.Parameters.AddWithValue("account", range.BankAccountCode);
            cmd.Parameters.AddWithValue("from", Iso(range.From.PlusDays(-TransferMatcher.MaxDaysApart)));
            cmd.Parameters.AddWithValue("to", Iso(range.To.PlusDays(TransferMatcher.MaxDaysApart)));
            cmd.Parameters.AddWithValue("days", TransferMatcher.MaxDaysApart);
            await using (var r = await cmd.ExecuteReaderAsync(ct))
            {
                while (await r.ReadAsync(ct))
                {
                    imported.TryAdd(r.GetString(0), new TransferCandidate(r.GetString(0), r.GetString(1), r.GetFieldValue<LocalDate>(2), r.GetDecimal(3)));
                    counterparts.TryAdd(r.GetString(4), new TransferCandidate(r.GetString(4), r.GetString(5), r.GetFieldValue<LocalDate>(6), r.GetDecimal(7)));
                    edges.Add((r.GetString(0), r.GetString(4)));
                }
            }
            await tx.CommitAsync(ct);
        }
        if (counterparts.Count == 0) return ([], []);

        // A counterpart already part of a pair is taken. One index probe per candidate (they are few), never a scan.
        await using (var paired = new NpgsqlCommand(
            $"select x.id from unnest(@ids) as x(id) cross join lateral (select 1 from {schema}.mt_events p " +
            "where p.tenant_id = @t and p.stream_id = x.id and p.version > 1 and p.type = 'transfer_pair_detected' limit 1) p", conn))
        {
            paired.Parameters.AddWithValue("t", tenantId);
            paired.Parameters.AddWithValue("ids", counterparts.Keys.ToArray());
            await using var r = await paired.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) counterparts.Remove(r.GetString(0));
        }
        var stillImported = edges.Where(e => counterparts.ContainsKey(e.Counterpart)).Select(e => e.Imported).ToHashSet();
        return ([.. imported.Values.Where(i => stillImported.Contains(i.TransactionId))], [.. counterparts.Values]);
    }

    static string Iso(LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
}
