using JasperFx;
using Microsoft.Extensions.Configuration;
using Ledger.Api.Hosting;

namespace Ledger.Jobs;

/// <summary>
/// Batch work for operators: onboarding, tokens, imports, training, reports; plus every JasperFx command
/// (db-apply, db-assert, projections, ...) against the same database as the API.
/// </summary>
public static class JobsProgram
{
    static readonly HashSet<string> NoDatabaseCommands = ["security-audit", "evaluate", "bench-classifier", "demo-samples", "generate-feed", "bench-receipts", "help"];

    public static Task<int> Main(string[] args) => RunAsync(args, connectionString: null);

    /// <summary>Tests pass their own database here instead of going through configuration.</summary>
    public static async Task<int> RunAsync(string[] args, string? connectionString)
    {
        QuietCommandLine.Apply();
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "jobsettings.json"), optional: true);
        // Commands that never touch the database must not start (or wait for) the embedded PostgreSQL: CI runs them first.
        if (args is [var first, ..] && NoDatabaseCommands.Contains(first)) connectionString ??= "Host=unused";
        try { connectionString ??= await DatabaseLocation.ResolveAsync(builder.Configuration, Console.Error.WriteLine); }
        catch (DatabaseSetupException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        // pg_dump and pg_restore need the password, which the data source keeps to itself: commands read it from here.
        builder.Configuration["Ledger:ResolvedConnectionString"] = connectionString;
        // A tool, not a node: a job beside a running API starts no daemon, relay or durability agent of its own.
        builder.AddLedgerCore(connectionString, LedgerRole.Tool);
        using var host = builder.Build();
        return await host.RunJasperFxCommands(args);
    }
}
