using Ledger.Domain.Statements;
using Marten;
using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Ledger.Api.Import;

/// <summary>
/// After an import, pairs its new transactions with unpaired opposite legs in the tenant's other accounts
/// (<see cref="TransferMatcher"/>) and records each pair on both streams. Candidates come from the stored
/// TransactionImported events, not from TransactionView: that view is an async projection and may not have caught up yet.
/// </summary>
public sealed class TransferDetection(IDocumentStore store, NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>Pairs per SaveChangesAsync: one pair's two appends always share a commit; Marten slows down past ~1,000 appends per batch.</summary>
    const int PairsPerCommit = 500;

    public async Task<int> DetectAsync(string tenantId, IReadOnlyList<TransferCandidate> imported, CancellationToken ct)
    {
        if (imported.Count == 0) return 0;
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        // Two imports into the same tenant at once must not both claim the same counterpart: detection runs one at a time per tenant.
        await using (var lockCmd = new NpgsqlCommand("select pg_advisory_lock(hashtext('ledger-transfers:' || @t))", conn))
        {
            lockCmd.Parameters.AddWithValue("t", tenantId);
            await lockCmd.ExecuteNonQueryAsync(ct);
        }
        try
        {
            var existing = await UnpairedCounterpartsAsync(conn, tenantId, imported, ct);
            var pairs = TransferMatcher.Match(imported, existing);
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
    /// Transactions of the tenant's other accounts whose amount is the negative of an imported one, posted within the date
    /// window, and not already part of a pair. Dates are ISO strings in the event JSON, so they compare as text.
    /// </summary>
    static async Task<List<TransferCandidate>> UnpairedCounterpartsAsync(NpgsqlConnection conn, string tenantId, IReadOnlyList<TransferCandidate> imported, CancellationToken ct)
    {
        var schema = Projections.LedgerStore.Schema;
        var from = imported.Min(t => t.PostedOn).PlusDays(-TransferMatcher.MaxDaysApart);
        var to = imported.Max(t => t.PostedOn).PlusDays(TransferMatcher.MaxDaysApart);
        await using var cmd = new NpgsqlCommand(
            $"""
             select e.stream_id, e.data ->> 'BankAccountCode', e.data ->> 'PostedOn', (e.data ->> 'Amount')::numeric
             from {schema}.mt_events e
             where e.tenant_id = @t and e.type = 'transaction_imported' and e.version = 1
               and not (e.data ->> 'BankAccountCode' = any(@accounts))
               and e.data ->> 'PostedOn' between @from and @to
               and (e.data ->> 'Amount')::numeric = any(@amounts)
               and not exists (select 1 from {schema}.mt_events p
                               where p.tenant_id = e.tenant_id and p.stream_id = e.stream_id and p.type = 'transfer_pair_detected')
             """, conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.Parameters.AddWithValue("accounts", imported.Select(t => t.BankAccountCode).Distinct().ToArray());
        cmd.Parameters.AddWithValue("from", Iso(from));
        cmd.Parameters.AddWithValue("to", Iso(to));
        cmd.Parameters.Add(new NpgsqlParameter("amounts", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = imported.Select(t => -t.Amount).Distinct().ToArray() });
        var found = new List<TransferCandidate>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            found.Add(new TransferCandidate(r.GetString(0), r.GetString(1), NodaTime.Text.LocalDatePattern.Iso.Parse(r.GetString(2)).Value, r.GetDecimal(3)));
        return found;
    }

    static string Iso(LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
}
