using Npgsql;

namespace Ledger.Api.Hosting;

/// <summary>A configuration the operator must fix: said in one line that names the setting, never as a stack trace.</summary>
public sealed class DatabaseSetupException(string message) : Exception(message);

/// <summary>
/// A configured database that does not exist yet (3D000) is created when the configured role may create databases;
/// otherwise, and when the server cannot be reached or refuses the login, the start ends with one line naming the setting.
/// </summary>
public static class ConfiguredDatabase
{
    public static async Task EnsureExistsAsync(string connectionString, string setting, Action<string> log)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var where = $"database '{target.Database}' on {target.Host}:{target.Port} as '{target.Username}'";
        try
        {
            await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await conn.OpenAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            await CreateAsync(target, setting, where);
            log($"Created {where}.");
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new DatabaseSetupException($"The server refused the login for {where} ({e.MessageText}): fix the user or password in {setting}.");
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new DatabaseSetupException($"Cannot reach {where} ({e.InnerException?.Message ?? e.Message}): check {setting}, or start that server.");
        }
    }

    static async Task CreateAsync(NpgsqlConnectionStringBuilder target, string setting, string where)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await using var conn = new NpgsqlConnection(maintenance.ConnectionString);
            await conn.OpenAsync();
            await using var create = new NpgsqlCommand($"create database \"{target.Database!.Replace("\"", "\"\"")}\" template template0 encoding 'UTF8'", conn);
            await create.ExecuteNonQueryAsync();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.InvalidCatalogName
                                              or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            throw new DatabaseSetupException($"The {where} does not exist and this role may not create it ({e.MessageText}): " +
                $"create it (createdb -h {target.Host} -p {target.Port} -U <a role that may> {target.Database}) or name an existing database in {setting}.");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another process created it at the same moment: that is what we wanted.
        }
    }
}
