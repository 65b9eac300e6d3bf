using System.Diagnostics;
using Ledger.Api.Hosting;
using Npgsql;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster per test run (or the server in LEDGER_TEST_DATABASE_URL), and a fresh database
/// per test class so classes never see each other's data.
/// </summary>
public static class TestCluster
{
    static readonly Lazy<Task<string>> Server = new(StartAsync);

    public static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var server = await Server.Value;
        var name = $"t_{purpose.ToLowerInvariant()}_{Guid.NewGuid():N}";
        name = name[..Math.Min(name.Length, 40)];
        await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"create database \"{name}\" template template0", conn);
        await cmd.ExecuteNonQueryAsync();
        // Every class leaves its pools behind (hosts, CLI runs, static pools); idle connections must close within seconds,
        // or a full run holds hundreds of idle backends and PostgreSQL refuses new clients.
        return new NpgsqlConnectionStringBuilder(server)
        {
            Database = name, MaxPoolSize = 40, ConnectionIdleLifetime = 10, ConnectionPruningInterval = 2,
        }.ConnectionString;
    }

    static async Task<string> StartAsync()
    {
        var external = Environment.GetEnvironmentVariable("LEDGER_TEST_DATABASE_URL");
        if (!string.IsNullOrWhiteSpace(external)) return DatabaseLocation.Normalize(external);

        var root = Path.Combine(Path.GetTempPath(), $"ledger-test-{Guid.NewGuid():N}"[..24]);
        var cluster = new LocalPostgres(root, ephemeral: true, _ => { });
        var connectionString = await cluster.EnsureRunningAsync("postgres");
        // The test host is killed right after ProcessExit fires, so stopping the server is handed to a detached shell.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopDetached(root);
        return connectionString;
    }

    static void StopDetached(string root)
    {
        var bin = LocalPostgres.FindBinDirectory();
        var pgctl = $"{bin}/pg_ctl -D {root}/data -m immediate -w stop";
        var stop = LocalPostgres.IsRoot() ? $"runuser -u postgres -- {pgctl}" : pgctl;
        Process.Start(new ProcessStartInfo("setsid", ["-f", "sh", "-c", $"{stop} >/dev/null 2>&1; rm -rf {root}"]) { UseShellExecute = false });
    }
}
