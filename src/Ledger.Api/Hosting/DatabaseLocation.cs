using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Ledger.Api.Hosting;

/// <summary>Where the ledger's database is: a configured server always wins; otherwise the embedded local cluster.</summary>
public static class DatabaseLocation
{
    public const string EnvVariable = "LEDGER_DATABASE_URL";

    public static string? Configured(IConfiguration configuration)
    {
        // An explicit ConnectionStrings:Ledger (appsettings, ConnectionStrings__Ledger, --ConnectionStrings:Ledger) beats the env URL.
        var value = configuration.GetConnectionString("Ledger");
        if (string.IsNullOrWhiteSpace(value)) value = Environment.GetEnvironmentVariable(EnvVariable);
        return string.IsNullOrWhiteSpace(value) ? null : Normalize(value);
    }

    public static async Task<string> ResolveAsync(IConfiguration configuration, Action<string> log)
    {
        var configured = Configured(configuration);
        if (configured is not null)
        {
            var setting = string.IsNullOrWhiteSpace(configuration.GetConnectionString("Ledger")) ? EnvVariable : "ConnectionStrings__Ledger";
            await ConfiguredDatabase.EnsureExistsAsync(configured, setting, log);
            return configured;
        }
        var folder = configuration["Ledger:LocalDatabaseFolder"] ?? Path.Combine(LedgerLogging.StateFolder(configuration), "pg");
        return await new LocalPostgres(folder, ephemeral: false, log).EnsureRunningAsync();
    }

    /// <summary>Accepts both the URL form (postgres://user:pass@host:5432/db) and Npgsql's key=value form.</summary>
    public static string Normalize(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return value;
        var uri = new Uri(value);
        var userInfo = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
            Username = Uri.UnescapeDataString(userInfo[0]),
        };
        if (userInfo.Length > 1) builder.Password = Uri.UnescapeDataString(userInfo[1]);
        return builder.ConnectionString;
    }

    /// <summary>The checkout's root (the folder holding AIBookkeeper.sln), so the local data lives beside the code.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "AIBookkeeper.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
