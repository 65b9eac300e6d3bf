using System.Diagnostics;
using Ledger.Api.Hosting;
using Npgsql;

namespace Ledger.Api.Operations;

/// <summary>
/// pg_dump / pg_restore of the ledger database. They are run as clients over TCP with the configured credentials
/// (password through PGPASSWORD, never on the command line), so they work as root against the local cluster too.
/// </summary>
public static class PgTools
{
    public static async Task BackupAsync(string connectionString, string file, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        // -Fc: the custom format, compressed, restorable table by table; --no-owner so it restores under any role.
        await RunAsync("pg_dump", cs, ["-Fc", "--no-owner", "-f", Path.GetFullPath(file), "-d", cs.Database!], ct);
    }

    /// <summary>Creates <paramref name="database"/> (it must not exist: a restore never overwrites) and restores into it.</summary>
    public static async Task<string> RestoreAsync(string connectionString, string file, string database, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        await using (var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await conn.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"create database \"{database.Replace("\"", "")}\" template template0", conn);
            await create.ExecuteNonQueryAsync(ct);
        }
        await RunAsync("pg_restore", cs, ["--no-owner", "--exit-on-error", "-d", database, Path.GetFullPath(file)], ct);
        return new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;
    }

    /// <summary>The server's bin folder first (a client must not be older than the server), then PATH.</summary>
    static string Find(string tool)
    {
        var dirs = (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d).Select(d => Path.Combine(d, "bin")) : [])
            .Prepend(LocalPostgres.FindBinDirectory() ?? "")
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator));
        return dirs.Where(d => d.Length > 0).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists) ?? tool;
    }

    static async Task RunAsync(string tool, NpgsqlConnectionStringBuilder cs, string[] args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(Find(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-h", cs.Host ?? "127.0.0.1", "-p", cs.Port.ToString(), "-U", cs.Username ?? "postgres" }.Concat(args))
            psi.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(cs.Password)) psi.Environment["PGPASSWORD"] = cs.Password;
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await stderr}");
    }
}
