using Npgsql;

namespace Ledger.Jobs.Commands.Kill;

/// <summary>
/// The database held to what the client was told (<see cref="AckLedger"/>), once the restarted API has caught up: every
/// acknowledged import, approval and export present exactly once, no transaction decided twice or left undecided, no entry
/// exported twice, every file whole or absent. Each query returns the offending rows, so a failure says what is wrong.
/// </summary>
public sealed class KillChecks(string connectionString, string tenantId)
{
    public async Task<List<string>> RunAsync(AckLedger ledger, CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var problems = new List<string>(ledger.ServerErrors.Select(e => "server error: " + e));
        async Task Expect(string what, string sql, params (string, object)[] args)
        {
            var rows = await RowsAsync(conn, sql, ct, args);
            if (rows.Count > 0) problems.Add($"{what}: {string.Join("; ", rows.Take(5))}{(rows.Count > 5 ? $" (+{rows.Count - 5})" : "")}");
        }

        foreach (var file in ledger.Files)
        {
            var present = await CountAsync(conn, "select count(*) from ledger.mt_events where tenant_id = @t and type = 'transaction_imported' and data ->> 'Payee' like @m",
                ct, ("m", $"% {file.Marker}%"));
            if (file.ImportId is not null && present != file.Lines) problems.Add($"acknowledged file {file.FileName}: {present} of {file.Lines} lines stored");
            else if (present != 0 && present != file.Lines) problems.Add($"unanswered file {file.FileName}: {present} of {file.Lines} lines stored (not whole)");
            if (file.ImportId is { } id && await CountAsync(conn, "select count(*) from ledger.mt_events where tenant_id = @t and type = 'statement_imported' and data ->> 'ImportId' = @id",
                    ct, ("id", id.ToString())) != 1)
                problems.Add($"acknowledged import {id} ({file.FileName}) is not recorded exactly once");
        }
        await Expect("a bank line stored twice", "select data ->> 'Payee' || ' x' || count(*) from ledger.mt_events where tenant_id = @t and type = 'transaction_imported' group by data ->> 'Payee' having count(*) > 1");
        await Expect("decided twice", "select stream_id || ' x' || count(*) from ledger.mt_events where tenant_id = @t and type = 'gate_evaluated' group by stream_id having count(*) > 1");
        await Expect("never decided", "select s.id from ledger.mt_streams s where s.tenant_id = @t and s.id like 'tx-%' and not exists " +
                                       "(select 1 from ledger.mt_events e where e.tenant_id = s.tenant_id and e.stream_id = s.id and e.type = 'gate_evaluated')");
        await Expect("approved twice", "select stream_id || ' x' || count(*) from ledger.mt_events where tenant_id = @t and type = 'review_approved' group by stream_id having count(*) > 1");
        foreach (var (tx, key) in ledger.Approved)
            if (await CountAsync(conn, "select count(*) from ledger.mt_events where tenant_id = @t and type = 'review_approved' and stream_id = @s", ct, ("s", tx)) != 1)
                problems.Add($"acknowledged approval of {tx} (key {key}) is not recorded exactly once");
        foreach (var batch in ledger.ExportBatches)
            if (await CountAsync(conn, "select count(*) from ledger.mt_events where tenant_id = @t and type = 'qbo_export_completed' and data ->> 'BatchId' = @b", ct, ("b", batch)) != 1)
                problems.Add($"acknowledged export batch {batch} is not recorded exactly once");
        await Expect("an entry exported twice", "select e || ' x' || count(*) from ledger.mt_events, jsonb_array_elements_text(data -> 'EntryIds') e " +
                                                "where tenant_id = @t and type = 'qbo_export_completed' group by e having count(*) > 1");
        await Expect("dead-lettered messages", "select message_type || ': ' || coalesce(exception_message, '') from ledger.wolverine_dead_letters");
        return problems;
    }

    /// <summary>The restarted API has decided every transaction and every async shard has reached the last event.</summary>
    public async Task<bool> CaughtUpAsync(CancellationToken ct)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var undecided = await CountAsync(conn, "select count(*) from ledger.mt_streams s where s.tenant_id = @t and s.id like 'tx-%' and not exists " +
                                               "(select 1 from ledger.mt_events e where e.tenant_id = s.tenant_id and e.stream_id = s.id and e.type = 'gate_evaluated')", ct);
        // Shards are named "<projection>:All"; HighWaterMark and Marten's other bookkeeping rows are not.
        var behind = await CountAsync(conn, "select count(*) from ledger.mt_event_progression p where p.name like '%:%' " +
                                            "and p.last_seq_id < (select coalesce(max(seq_id), 0) from ledger.mt_events)", ct);
        return undecided == 0 && behind == 0;
    }

    async Task<long> CountAsync(NpgsqlConnection conn, string sql, CancellationToken ct, params (string Name, object Value)[] args) =>
        Convert.ToInt64((await RowsAsync(conn, sql, ct, args, scalar: true)).Single());

    async Task<List<string>> RowsAsync(NpgsqlConnection conn, string sql, CancellationToken ct, (string Name, object Value)[] args, bool scalar = false)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) rows.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0))!);
        return rows;
    }
}
