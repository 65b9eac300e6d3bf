using Ledger.Projections;
using Npgsql;

namespace Ledger.Jobs.Commands.Bench;

/// <summary>Waits, with a progress bar, until the API has decided the imported backlog and its async read models show it.</summary>
public static class BenchQueue
{
    /// <returns>The queued count, and how long deciding took from the call to the last gate evaluation seen (to the second).</returns>
    public static async Task<(long Queued, TimeSpan Deciding)> DecidedAsync(string connectionString, int imported)
    {
        await using var db = NpgsqlDataSource.Create(connectionString);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var deciding = TimeSpan.Zero;
        var decided = await ProgressDisplay.RunAsync($"API deciding {imported:N0} transactions", imported, async progress =>
        {
            long count = 0, last = -1;
            var stalled = 0;
            do
            {
                await Task.Delay(1000);
                (last, count) = (count, await ScalarAsync(db, $"select count(*) from {LedgerStore.Schema}.mt_events where type = 'gate_evaluated'"));
                stalled = count == last ? stalled + 1 : 0;
                if (count != last) deciding = clock.Elapsed;
                progress.Report(count);
            } while (count < imported && stalled < 60);   // a transfer pair is decided once for both legs: stop when nothing moves
            return count;
        });
        // The metrics and journal are async: the load starts once they are current, as a long-running API's would be.
        while (await ScalarAsync(db, $"select coalesce(min(last_seq_id), 0) from {LedgerStore.Schema}.mt_event_progression where name like '{LedgerStore.AsyncViews}%'")
               < await ScalarAsync(db, $"select coalesce(max(seq_id), 0) from {LedgerStore.Schema}.mt_events"))
            await Task.Delay(1000);
        await using var vacuum = db.CreateCommand($"vacuum analyze {LedgerStore.Schema}.mt_doc_reviewqueueitem");   // as autovacuum would after the burst
        await vacuum.ExecuteNonQueryAsync();
        return (decided < imported ? decided : await ScalarAsync(db, $"select count(*) from {LedgerStore.Schema}.mt_doc_reviewqueueitem"), deciding);
    }

    static async Task<long> ScalarAsync(NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }
}
