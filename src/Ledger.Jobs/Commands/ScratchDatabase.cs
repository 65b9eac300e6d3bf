using Npgsql;

namespace Ledger.Jobs.Commands;

/// <summary>A throwaway database on the configured server, for runs that rebuild everything and must not touch real data.</summary>
public static class ScratchDatabase
{
    public static async Task<string> CreateAsync(string server, string name)
    {
        await ExecuteAsync(server, $"create database \"{name}\" template template0");
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static Task DropAsync(string server, string name) => ExecuteAsync(server, $"drop database if exists \"{name}\" with (force)");

    static async Task ExecuteAsync(string server, string sql)
    {
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
