using System.Diagnostics;
using System.Text.Json;
using Ledger.Api.Hosting;
using Npgsql;

namespace Ledger.Integration.Tests.Hosting;

/// <summary>
/// The README's first command as a new user runs it: the real API process, no database configured, so it creates its own
/// cluster and runs the demo. What the person sees must be a summary, and the cluster must not be open to other accounts.
/// </summary>
public class DemoStartTests
{
    [Fact]
    public async Task The_first_start_prints_a_short_summary_keeps_decisions_in_the_audit_file_and_locks_the_database()
    {
        var state = Path.Combine(Path.GetTempPath(), $"ledger-demo-{Guid.NewGuid():N}"[..24]);
        var cluster = new LocalPostgres(Path.Combine(state, "pg"), ephemeral: true, _ => { });
        try
        {
            var lines = await RunUntilReadyAsync(state);

            Assert.True(lines.Count <= 40, $"{lines.Count} console lines:\n{string.Join('\n', lines)}");
            Assert.DoesNotContain(lines, l => l.Contains("Decision tx-"));
            Assert.DoesNotContain(lines, l => l.Contains(" ERR]") || l.TrimStart().StartsWith("at "));
            // The demo's three months (869 transactions) land in one month of a 500-a-month starter plan: said once.
            Assert.Single(lines, l => l.Contains(" WRN]") && l.Contains("is over its plan"));
            Assert.Contains(lines, l => l.StartsWith("Decided 869 of 869 transactions"));
            Assert.Contains(lines, l => l.StartsWith("Review queue: 869; by reason:"));

            // Every decision is in the audit file instead, one JSON object per line.
            var audit = Directory.GetFiles(Path.Combine(state, "logs"), "decisions-*.json").Single();
            var decisions = (await File.ReadAllLinesAsync(audit)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(869, decisions.Count);
            Assert.All(decisions, d => Assert.StartsWith("tx-", d.GetProperty("TransactionId").GetString()));

            // The token file and the database password are the owner's alone.
            Assert.True(PrivateFile.IsOwnerOnly(Path.Combine(state, "demo.env")));
            Assert.True(PrivateFile.IsOwnerOnly(cluster.PasswordFile));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(state, "logs")));
            var port = int.Parse(await File.ReadAllTextAsync(Path.Combine(state, "pg", "port")));
            var noPassword = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "ledger", Pooling = false };
            await using (var refused = new NpgsqlConnection(noPassword.ConnectionString))
                await Assert.ThrowsAnyAsync<NpgsqlException>(() => refused.OpenAsync());
            noPassword.Password = (await File.ReadAllTextAsync(cluster.PasswordFile)).Trim();
            await using var conn = new NpgsqlConnection(noPassword.ConnectionString);
            await conn.OpenAsync();
            await using var listen = new NpgsqlCommand("show listen_addresses", conn);
            Assert.Equal("127.0.0.1", await listen.ExecuteScalarAsync());
        }
        finally
        {
            cluster.Stop();
            Directory.Delete(state, recursive: true);
        }
    }

    /// <summary>Starts Ledger.Api as `dotnet run` would, with its state in <paramref name="state"/>; returns the console up to the ready banner.</summary>
    static async Task<List<string>> RunUntilReadyAsync(string state)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ledger.Api.dll"));
        psi.WorkingDirectory = AppContext.BaseDirectory;
        psi.Environment["Urls"] = "http://127.0.0.1:0";
        psi.Environment["Ledger__StateFolder"] = state;
        psi.Environment["Ledger__LocalDatabaseFolder"] = Path.Combine(state, "pg");
        psi.Environment.Remove("ConnectionStrings__Ledger");
        psi.Environment.Remove(DatabaseLocation.EnvVariable);
        using var process = Process.Start(psi)!;
        var lines = new List<string>();
        var ready = new TaskCompletionSource();
        void Take(string? line)
        {
            if (line is null) { ready.TrySetResult(); return; }
            lock (lines) lines.Add(line);
            if (line.StartsWith("Try:")) ready.TrySetResult();
        }
        process.OutputDataReceived += (_, e) => Take(e.Data);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Take(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromMinutes(4));
            // The audit file is flushed every 2 s; give it that before the process goes.
            await Task.Delay(2500);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        lock (lines)
        {
            Assert.Contains(lines, l => l.StartsWith("Try:"));
            return lines.ToList();
        }
    }
}
