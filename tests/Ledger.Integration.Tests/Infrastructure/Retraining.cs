using Npgsql;

namespace Ledger.Integration.Tests.Infrastructure;

public static class Retraining
{
    /// <summary>
    /// Waits (bounded) until every label recorded so far has been through the labels relay and every retraining check and
    /// rule promotion it queued has been handled: after this, "no new model" (or rule) means none was due, not "not yet".
    /// </summary>
    public static async Task WaitForRetrainChecksAsync(this LedgerApp app, int timeoutSeconds = 120)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        string state;
        do
        {
            await using var conn = new NpgsqlConnection(app.ConnectionString);
            await conn.OpenAsync();
            var lastLabel = await ScalarAsync(conn, "select coalesce(max(seq_id), 0) from ledger.mt_events where type = 'transaction_labelled'");
            var relayed = await ScalarAsync(conn, "select coalesce(max(last_seq_id), 0) from ledger.mt_event_progression where name like 'retraining%'");
            var pending = await ScalarAsync(conn,
                "select count(*) from ledger.wolverine_incoming_envelopes where (message_type like '%RetrainIfDue%' or message_type like '%PromoteRules%') and status <> 'Handled'");
            if (relayed >= lastLabel && pending == 0) return;
            state = $"labels up to seq {lastLabel}, relayed up to {relayed}, {pending} checks pending";
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        Assert.Fail($"retraining checks not done in {timeoutSeconds} s: {state}");
    }

    static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }
}
