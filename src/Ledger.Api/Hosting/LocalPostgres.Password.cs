using Npgsql;

namespace Ledger.Api.Hosting;

/// <summary>The cluster's password: generated at initdb, kept 0600 beside the data, required from every client.</summary>
public sealed partial class LocalPostgres
{
    /// <summary>Password for every connection, the local socket included; nothing is trusted for being on this machine.</summary>
    const string Hba = """
        # Written by the ledger (LocalPostgres): every client proves the password kept in ../password (0600).
        local   all   all                  scram-sha-256
        host    all   all   127.0.0.1/32   scram-sha-256
        host    all   all   ::1/128        scram-sha-256

        """;

    void InitDb(string bin, bool asPostgres)
    {
        log($"Creating a local PostgreSQL cluster in {DataDir} ...");
        PrivateFile.Write(PasswordFile, NewPassword());
        // initdb reads the password from a file the server's user can read; that copy lives only while initdb runs.
        var pwfile = Path.Combine(Root, "initdb.pw");
        PrivateFile.Write(pwfile, File.ReadAllText(PasswordFile));
        try
        {
            if (asPostgres) Check(Exec("chown", ["postgres:postgres", pwfile], null), "chown");
            string[] args = ["-D", DataDir, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={pwfile}", "-E", "UTF8", "--locale=C.UTF-8"];
            Check(Pg(bin, "initdb", ephemeral ? [.. args, "--no-sync"] : args, asPostgres), "initdb");
        }
        finally { File.Delete(pwfile); }
        WriteHba(asPostgres);
    }

    /// <summary>
    /// A cluster created by an earlier version trusted every local client. Still trusting, it lets us in without a password:
    /// give the superuser a generated one (kept 0600), then require it from everyone and reload. The data stays as it was.
    /// </summary>
    async Task UpgradeFromTrustAsync(string bin, int port, bool asPostgres)
    {
        if (!File.Exists(PasswordFile)) PrivateFile.Write(PasswordFile, NewPassword());
        var password = File.ReadAllText(PasswordFile).Trim();
        // A trusting server never asks for the password; one already switched (only pg_hba.conf differs) does.
        var trusted = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Password = password, Database = "postgres", Pooling = false };
        try
        {
            await using var conn = new NpgsqlConnection(trusted.ConnectionString);
            await conn.OpenAsync();
            await using var set = new NpgsqlCommand($"set password_encryption = 'scram-sha-256'; alter role postgres with password '{password}'", conn);
            await set.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e) when (e is PostgresException { SqlState: PostgresErrorCodes.InvalidPassword } || e.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            throw new DatabaseSetupException($"The local PostgreSQL cluster in {DataDir} does not accept the password in {PasswordFile}. " +
                "Put the right one there, or move the folder away to start a fresh cluster.");
        }
        WriteHba(asPostgres);
        Check(Pg(bin, "pg_ctl", ["-D", DataDir, "reload"], asPostgres), "pg_ctl reload");
        log($"The local PostgreSQL cluster now requires a password (scram-sha-256); it is kept in {PasswordFile} (0600).");
    }

    void WriteHba(bool asPostgres)
    {
        File.WriteAllText(HbaFile, Hba);
        if (asPostgres) Check(Exec("chown", ["postgres:postgres", HbaFile], null), "chown");
    }

    /// <summary>32 random bytes, URL-safe base64: nothing in it needs quoting in SQL, a connection string or a shell.</summary>
    static string NewPassword() =>
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
