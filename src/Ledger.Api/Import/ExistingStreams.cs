using Ledger.Domain.Statements;
using Npgsql;

namespace Ledger.Api.Import;

/// <summary>Which of an import chunk's candidate stream ids are already stored, and with which content fingerprint.</summary>
public static class ExistingStreams
{
    /// <summary>
    /// Stream id → stored fingerprint for every candidate id that exists, as this transaction sees it (earlier chunks of the
    /// same file included). A reused-FITID id can only exist when its primary id exists with another fingerprint (the planner
    /// creates it only then), so those are looked up in a second, usually empty, round: half the ids to probe for an OFX file.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, string>> FingerprintsAsync(NpgsqlConnection conn, string tenantId,
        IReadOnlyList<ImportPlanner.Candidate> candidates, CancellationToken ct)
    {
        var found = new Dictionary<string, string>();
        if (candidates.Count == 0) return found;
        await FindAsync(conn, tenantId, candidates.Select(c => c.PrimaryId).Distinct().ToArray(), found, ct);
        var reused = candidates
            .Where(c => c.ReusedId is not null && found.TryGetValue(c.PrimaryId, out var stored) && stored != c.Fingerprint)
            .Select(c => c.ReusedId!).Distinct().ToArray();
        await FindAsync(conn, tenantId, reused, found, ct);
        return found;
    }

    /// <summary>
    /// One unique-index probe per id, whatever the statistics say. The plainer <c>stream_id = any(@ids)</c> lets the planner,
    /// which does not know a new tenant yet (a first import is still uncommitted), read the tenant's whole index range per
    /// chunk instead: 1.7 s instead of 0.1 s for 5,000 ids against 200,000 events, growing with every chunk. The
    /// <c>limit 1</c> keeps the lateral subquery from being flattened into such a join.
    /// </summary>
    static async Task FindAsync(NpgsqlConnection conn, string tenantId, string[] ids, Dictionary<string, string> found, CancellationToken ct)
    {
        if (ids.Length == 0) return;
        foreach (var chunk in ids.Chunk(20_000))
        {
            await using var cmd = new NpgsqlCommand(
                $"select e.stream_id, e.fingerprint from unnest(@ids) as x(id) cross join lateral (" +
                $"select stream_id, data ->> 'Fingerprint' as fingerprint from {Projections.LedgerStore.Schema}.mt_events " +
                "where tenant_id = @t and stream_id = x.id and version = 1 limit 1) e", conn);
            cmd.Parameters.AddWithValue("t", tenantId);
            cmd.Parameters.AddWithValue("ids", chunk);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) found[r.GetString(0)] = r.IsDBNull(1) ? "" : r.GetString(1);
        }
    }
}
