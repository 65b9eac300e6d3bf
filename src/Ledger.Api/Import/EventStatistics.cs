using Ledger.Projections;
using Npgsql;

namespace Ledger.Api.Import;

/// <summary>
/// Keeps PostgreSQL's row estimates for the event tables honest after a bulk load. On a fresh schema the statistics say
/// "empty" until autovacuum gets round to them, and plans made on that (Marten's append function, our existence lookups)
/// degrade badly on the next large write (STACK-NOTES §8b). A full ANALYZE costs about a second on a few hundred thousand events,
/// so it runs only when a load at least doubled what the statistics know of: in practice the first big imports.
/// </summary>
public static class EventStatistics
{
    const int MinimumLoad = 5_000;

    public static async Task RefreshAfterLoadAsync(Marten.IDocumentStore store, string tenantId, int loaded, CancellationToken ct)
    {
        if (loaded < MinimumLoad) return;
        var schema = Projections.LedgerStore.Schema;
        await using var conn = await store.OpenTenantConnectionAsync(tenantId, ct);
        await using var estimate = new NpgsqlCommand($"select reltuples from pg_class where oid = '{schema}.mt_events'::regclass", conn);
        var known = Convert.ToDouble(await estimate.ExecuteScalarAsync(ct));
        // reltuples is -1 for a table never analyzed.
        if (known >= loaded) return;
        // A coarse sample (3,000 rows instead of 30,000) is plenty to get row counts right, and cuts the cost by ~5x;
        // autovacuum later replaces it with full statistics. SET LOCAL needs the transaction.
        await using var analyze = new NpgsqlCommand(
            $"begin; set local default_statistics_target = 10; analyze {schema}.mt_streams; analyze {schema}.mt_events; commit;", conn);
        await analyze.ExecuteNonQueryAsync(ct);
    }
}
