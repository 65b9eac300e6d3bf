using Npgsql;

namespace Ledger.Api.Operations;

/// <summary>
/// The tables that hold a tenant's rows, found from the database itself (every table of the ledger schema with a
/// tenant_id column), so a table added later is exported, counted and erased without anyone remembering to list it.
/// </summary>
public static class TenantTables
{
    public static async Task<IReadOnlyList<string>> ListAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        var tables = new List<string>();
        await using var cmd = new NpgsqlCommand(
            "select c.table_name from information_schema.columns c join information_schema.tables t using (table_schema, table_name) " +
            "where c.table_schema = @s and c.column_name = 'tenant_id' and t.table_type = 'BASE TABLE' order by 1", conn);
        cmd.Parameters.AddWithValue("s", Ledger.Projections.LedgerStore.Schema);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        return tables;
    }

    public static async Task<SortedDictionary<string, long>> CountAsync(NpgsqlConnection conn, string tenant, CancellationToken ct)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await ListAsync(conn, ct))
        {
            await using var cmd = new NpgsqlCommand($"select count(*) from {Ledger.Projections.LedgerStore.Schema}.{table} where tenant_id = @t", conn);
            cmd.Parameters.AddWithValue("t", tenant);
            counts[table] = (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        return counts;
    }
}
