using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ledger.Api.Hosting;

/// <summary>
/// A private PostgreSQL cluster in a folder of ours, so the ledger runs with no database set-up at all.
/// initdb refuses to run as root, so under root the server runs as the unprivileged <c>postgres</c> user.
/// It listens on 127.0.0.1 only and asks every client, TCP or socket, for a password (scram-sha-256): the password is
/// generated at initdb and kept in <c>password</c> beside the data (0600). A cluster made before that (trust) is upgraded
/// in place on its next start, its data untouched.
/// </summary>
public sealed partial class LocalPostgres(string root, bool ephemeral, Action<string> log)
{
    public string Root { get; } = Path.GetFullPath(root);
    string DataDir => Path.Combine(Root, "data");
    string PortFile => Path.Combine(Root, "port");
    public string PasswordFile => Path.Combine(Root, "password");
    string HbaFile => Path.Combine(DataDir, "pg_hba.conf");


    public static readonly string MissingBinariesMessage =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
        "Install them (Debian/Ubuntu: `sudo apt-get install -y postgresql`; Fedora: `sudo dnf install postgresql-server`; " +
        "macOS: `brew install postgresql@16`), or point the ledger at an existing server with LEDGER_DATABASE_URL.";

    /// <summary>Starts (or reuses) the cluster and returns a connection string to its database <paramref name="database"/>.</summary>
    public async Task<string> EnsureRunningAsync(string database = "ledger")
    {
        var bin = FindBinDirectory() ?? throw new DatabaseSetupException(MissingBinariesMessage);
        var runAsPostgres = IsRoot();
        if (runAsPostgres && Exec("id", ["-u", "postgres"], null).Code != 0)
            throw new InvalidOperationException("Running as root needs the unprivileged 'postgres' user to own the local database (it is created by the postgresql package).");

        Directory.CreateDirectory(Root);
        if (runAsPostgres) Check(Exec("chown", ["postgres:postgres", Root], null), "chown");
        if (!File.Exists(Path.Combine(DataDir, "PG_VERSION"))) InitDb(bin, runAsPostgres);

        var port = RunningPort(bin, runAsPostgres) ?? Start(bin, runAsPostgres);
        if (!File.ReadAllText(HbaFile).Equals(Hba, StringComparison.Ordinal)) await UpgradeFromTrustAsync(bin, port, runAsPostgres);
        var server = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Password = File.ReadAllText(PasswordFile).Trim(),
        }.ConnectionString;
        await EnsureDatabaseAsync(server, database);
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    public void Stop()
    {
        var bin = FindBinDirectory();
        if (bin is null) return;
        Pg(bin, "pg_ctl", ["-D", DataDir, "-m", "fast", "-w", "stop"], IsRoot());
    }

    int? RunningPort(string bin, bool asPostgres)
    {
        if (Pg(bin, "pg_ctl", ["-D", DataDir, "status"], asPostgres).Code != 0) return null;
        // postmaster.pid line 4 holds the port the running server listens on.
        var lines = File.ReadAllLines(Path.Combine(DataDir, "postmaster.pid"));
        return int.Parse(lines[3].Trim());
    }

    int Start(string bin, bool asPostgres)
    {
        var preferred = File.Exists(PortFile) && int.TryParse(File.ReadAllText(PortFile).Trim(), out var p) && IsFree(p) ? p : FreePort();
        var settings = ephemeral
            ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            : "";
        // The socket lives in our own folder (short paths only) so nothing touches /var/run/postgresql.
        var socketDir = Root.Length < 90 ? Root : Path.GetTempPath();
        var options = $"-p {preferred} -k {socketDir} -c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 -c max_connections=300{settings}";
        log($"Starting local PostgreSQL on 127.0.0.1:{preferred} ...");
        Check(Pg(bin, "pg_ctl", ["-D", DataDir, "-l", Path.Combine(Root, "server.log"), "-w", "-t", "60", "-o", options, "start"], asPostgres),
            $"pg_ctl start (see {Path.Combine(Root, "server.log")})");
        File.WriteAllText(PortFile, preferred.ToString());
        return preferred;
    }

    static async Task EnsureDatabaseAsync(string server, string database)
    {
        await using var conn = new NpgsqlConnection($"{server};Database=postgres");
        await conn.OpenAsync();
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @d", conn);
        exists.Parameters.AddWithValue("d", database);
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"create database \"{database}\" template template0 encoding 'UTF8'", conn);
            await create.ExecuteNonQueryAsync();
        }
    }

    public static string? FindBinDirectory()
    {
        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .FirstOrDefault(d => d.Length > 0 && File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
        if (fromPath is not null) return fromPath;
        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian)) return null;
        return Directory.GetDirectories(debian)
            .Select(d => (dir: Path.Combine(d, "bin"), version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(x => File.Exists(Path.Combine(x.dir, "initdb")))
            .OrderByDescending(x => x.version)
            .Select(x => x.dir)
            .FirstOrDefault();
    }

    public static bool IsRoot() => Environment.UserName == "root";

    static (int Code, string Output) Pg(string bin, string tool, string[] args, bool asPostgres) =>
        asPostgres
            ? Exec("runuser", ["-u", "postgres", "--", Path.Combine(bin, tool), .. args], null)
            : Exec(Path.Combine(bin, tool), args, null);

    static (int Code, string Output) Exec(string file, string[] args, string? cwd)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = cwd ?? "/" };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var proc = Process.Start(psi)!;
        var stdout = proc.StandardOutput.ReadToEndAsync();
        var stderr = proc.StandardError.ReadToEndAsync();
        proc.WaitForExit();
        return (proc.ExitCode, stdout.Result + stderr.Result);
    }

    static void Check((int Code, string Output) result, string what)
    {
        if (result.Code != 0) throw new InvalidOperationException($"{what} failed (exit {result.Code}): {result.Output.Trim()}");
    }

    static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    static bool IsFree(int port)
    {
        try { var l = new TcpListener(IPAddress.Loopback, port); l.Start(); l.Stop(); return true; }
        catch (SocketException) { return false; }
    }
}
