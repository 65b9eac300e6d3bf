using Ledger.Api.Hosting;
using Npgsql;

namespace Ledger.Integration.Tests.Hosting;

/// <summary>The embedded cluster asks for a password, an older trusting one is upgraded in place, and a missing database is created.</summary>
public class LocalDatabaseTests
{
    [Fact]
    public async Task A_cluster_made_with_trust_is_switched_to_a_password_on_its_next_start_and_keeps_its_data()
    {
        var root = Path.Combine(Path.GetTempPath(), $"ledger-pgup-{Guid.NewGuid():N}"[..22]);
        var cluster = new LocalPostgres(root, ephemeral: true, _ => { });
        try
        {
            var first = await cluster.EnsureRunningAsync("kept");
            await ExecAsync(first, "create table memo (line text); insert into memo values ('written before the upgrade')");
            // What an earlier version left behind: a server trusting every local client, and no password file.
            cluster.Stop();
            var hba = Path.Combine(root, "data", "pg_hba.conf");
            await File.WriteAllTextAsync(hba, "local all all trust\nhost all all 127.0.0.1/32 trust\n");
            File.Delete(cluster.PasswordFile);
            var messages = new List<string>();
            var again = new LocalPostgres(root, ephemeral: true, messages.Add);

            var upgraded = await again.EnsureRunningAsync("kept");

            Assert.Contains(messages, m => m.Contains("now requires a password"));
            Assert.True(PrivateFile.IsOwnerOnly(again.PasswordFile));
            Assert.Equal("written before the upgrade", await ScalarAsync(upgraded, "select line from memo"));
            var withoutPassword = new NpgsqlConnectionStringBuilder(upgraded) { Password = null, Pooling = false }.ConnectionString;
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => ScalarAsync(withoutPassword, "select 1"));
            var wrongPassword = new NpgsqlConnectionStringBuilder(upgraded) { Password = "guess", Pooling = false }.ConnectionString;
            var wrong = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(wrongPassword, "select 1"));
            Assert.Equal(PostgresErrorCodes.InvalidPassword, wrong.SqlState);
        }
        finally
        {
            cluster.Stop();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_configured_database_that_does_not_exist_is_created_or_named_in_one_line()
    {
        var existing = await TestCluster.CreateDatabaseAsync("dbloc");
        var missing = new NpgsqlConnectionStringBuilder(existing) { Database = $"ledger_new_{Guid.NewGuid():N}"[..24] };
        var log = new List<string>();

        await ConfiguredDatabase.EnsureExistsAsync(missing.ConnectionString, "ConnectionStrings__Ledger", log.Add);
        Assert.Equal("1", await ScalarAsync(missing.ConnectionString, "select 1::text"));
        Assert.Contains(log, l => l.StartsWith($"Created database '{missing.Database}'"));

        // A role that may not create databases gets one line naming the setting, not a 3D000 stack trace.
        var role = $"clerk_{Guid.NewGuid():N}"[..14];
        await ExecAsync(existing, $"create role {role} login password 'clerk-pw' nocreatedb");
        var clerk = new NpgsqlConnectionStringBuilder(missing.ConnectionString) { Username = role, Password = "clerk-pw", Database = "nowhere_" + role };
        var refused = await Assert.ThrowsAsync<DatabaseSetupException>(() => ConfiguredDatabase.EnsureExistsAsync(clerk.ConnectionString, "LEDGER_DATABASE_URL", _ => { }));
        Assert.DoesNotContain('\n', refused.Message);
        Assert.Contains("LEDGER_DATABASE_URL", refused.Message);
        Assert.Contains($"'nowhere_{role}'", refused.Message);

        // The jobs command line says the same in one line and exits non-zero.
        var (code, output) = await JobsCli.RunAsync(clerk.ConnectionString, "verify", "--tenant", "x");
        Assert.NotEqual(0, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("ConnectionStrings__Ledger", output);
    }

    static async Task ExecAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    static async Task<string?> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (await cmd.ExecuteScalarAsync())?.ToString();
    }
}
