using Npgsql;

namespace Ledger.Api.Import;

/// <summary>
/// Keeps PostgreSQL's row estimates for the event tables honest after a bulk load. On a fresh schema the statistics say
/// "empty" until autovacuum gets round to them, and plans made on that (Marten's append function, our existence lookups)
/// degrade badly on the next large write (STACK-NOTES §8b). ANALYZE costs about a second on a few hundred thousand events,
/// so it runs only when a load at least doubled what the statistics know of: in practice the first big imports.
/// </summary>
public static class EventStatistics
{
    const int MinimumLoad = 5_000;

    public static async Task RefreshAfterLoadAsync(NpgsqlDataSource dataSource, int loaded, CancellationToken ct)
    {
        if (loaded < MinimumLoad) return;
        var schema = Projections.LedgerStore.Schema;
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var estimate = new NpgsqlCommand($"select reltuples from pg_class where oid = '{schema}.mt_events'::regclass", conn);
        var known = Convert.ToDouble(await estimate.ExecuteScalarAsync(ct));
        // reltuples is -1 for a table never analyzed.
        if (known >= loaded) return;
        await using var analyze = new NpgsqlCommand($"analyze {schema}.mt_streams; analyze {schema}.mt_events", conn);
        await analyze.ExecuteNonQueryAsync(ct);
    }
}
