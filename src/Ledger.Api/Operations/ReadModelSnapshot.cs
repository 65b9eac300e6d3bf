using System.Text;
using Npgsql;

namespace Ledger.Api.Operations;

/// <summary>
/// Every tenant document table of the ledger schema as canonical text, to compare read models before and after a rebuild
/// (or a restore). Rows ordered by (tenant_id, id), data as PostgreSQL's jsonb text (keys sorted, whitespace normalised);
/// Marten's bookkeeping columns (mt_version, mt_last_modified) are left out: a rebuild rewrites them, the content must not change.
/// </summary>
public static class ReadModelSnapshot
{
    public static async Task<SortedDictionary<string, string>> TakeAsync(string connectionString, CancellationToken ct = default)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync(ct);
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select table_name from information_schema.columns where table_schema = 'ledger' and column_name = 'tenant_id' " +
                                                  "and table_name like 'mt_doc_%' order by 1", conn))
        await using (var reader = await list.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        foreach (var table in tables)
        {
            var sb = new StringBuilder();
            await using var cmd = new NpgsqlCommand($"select tenant_id, id::text, data::jsonb::text from ledger.{table} order by tenant_id, id", conn);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) sb.Append(reader.GetString(0)).Append('|').Append(reader.GetString(1)).Append('|').Append(reader.GetString(2)).Append('\n');
            result[table] = sb.ToString();
        }
        return result;
    }

    /// <summary>The tables whose text differs, each with its first differing line on both sides.</summary>
    public static IEnumerable<string> Differences(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Select(t =>
        {
            var b = (before.GetValueOrDefault(t) ?? "").Split('\n');
            var a = (after.GetValueOrDefault(t) ?? "").Split('\n');
            var i = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(k => a[k] != b[k], Math.Min(a.Length, b.Length));
            return $"{t}: {b.Length - 1} rows before, {a.Length - 1} after; first difference: '{Clip(b.ElementAtOrDefault(i))}' vs '{Clip(a.ElementAtOrDefault(i))}'";
        });

    static string Clip(string? s) => s is null ? "(none)" : s.Length > 240 ? s[..240] + "…" : s;
}
