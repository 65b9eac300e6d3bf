using Npgsql;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>For the tests that hold rows we write ourselves against the rows Marten writes for the same input.</summary>
public static class RowPairs
{
    /// <summary>One scalar (a row as jsonb text) of <paramref name="sql"/> for each stream id; <c>@t</c> is the tenant, <c>@id</c> the stream.</summary>
    public static async Task<(string Marten, string Ours)> ReadAsync(string connectionString, string tenantId, string sql, string martenId, string ourId)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        async Task<string> One(string id)
        {
            await using var cmd = new NpgsqlCommand(sql, conn);
            cmd.Parameters.AddWithValue("t", tenantId);
            cmd.Parameters.AddWithValue("id", id);
            return (string)(await cmd.ExecuteScalarAsync() ?? "missing");
        }
        return (await One(martenId), await One(ourId));
    }
}
