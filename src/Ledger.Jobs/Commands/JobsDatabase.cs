using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Ledger.Jobs.Commands;

/// <summary>The database a job command runs against, with its password.</summary>
public static class JobsDatabase
{
    /// <summary>
    /// Npgsql's data source drops the password from its connection string, and the embedded cluster requires one
    /// (scram-sha-256), so a command that opens its own connections (pg_dump, a scratch database) takes the string
    /// Program resolved.
    /// </summary>
    public static string ConnectionString(IHost host) =>
        host.Services.GetRequiredService<IConfiguration>()["Ledger:ResolvedConnectionString"]
        ?? host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString;
}
