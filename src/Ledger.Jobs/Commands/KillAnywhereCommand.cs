using JasperFx.CommandLine;
using Ledger.Api.Tenants;
using Ledger.Jobs.Commands.Kill;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Jobs.Commands;

public class KillAnywhereInput : NetCoreInput
{
    [Description("SIGKILLs of the API (or of a rebuild) to survive (default 200)")]
    public int KillsFlag { get; set; } = 200;

    [Description("Seed of the kill moments and the client's choices (default 1)")]
    public int SeedFlag { get; set; } = 1;

    [Description("Keep the scratch database afterwards (to look at it)")]
    public bool KeepFlag { get; set; }
}

/// <summary>
/// The long kill-anywhere run (issue #16): on a scratch database beside the configured one (so it is safe next to a
/// running API), starts the built API as a child process and SIGKILLs it --kills times during imports, decisions,
/// approvals, bulk approvals, exports and rebuilds; then checks the client's acknowledgement ledger and that the read
/// models equal a rebuild. A problem fails the command.
/// </summary>
[Description("Kill the API (and rebuilds) at random points --kills times on a scratch database; check every acknowledgement", Name = "kill-anywhere")]
public class KillAnywhereCommand : JasperFxAsyncCommand<KillAnywhereInput>
{
    public override async Task<bool> Execute(KillAnywhereInput input)
    {
        using var host = input.BuildHost();
        var configured = host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString;
        var name = $"ledger_kill_{SystemClock.Instance.GetCurrentInstant().InUtc():yyyyMMddHHmmss}";
        var scratch = await ScratchDatabase.CreateAsync(configured, name);
        var log = Path.Combine(Path.GetTempPath(), $"{name}.log");
        Console.WriteLine($"kill-anywhere: {input.KillsFlag} kills, seed {input.SeedFlag}, scratch database {name}, API log {log}");
        try
        {
            var operatorToken = await OperatorTokenAsync(scratch);
            var harness = new KillHarness(scratch, operatorToken, AppContext.BaseDirectory, log, input.SeedFlag, Console.WriteLine);
            var report = await harness.RunAsync(input.KillsFlag, CancellationToken.None);
            Console.WriteLine(report.Line());
            foreach (var p in report.Problems) Console.WriteLine("  " + p);
            foreach (var (kind, (count, last)) in report.Ledger.Refused) Console.WriteLine($"  refused {kind}: {count}x, last: {last}");
            return report.Problems.Count == 0;
        }
        finally
        {
            if (!input.KeepFlag) await ScratchDatabase.DropAsync(configured, name);
        }
    }

    /// <summary>The schema is created by the API's first start; the operator token needs the store only.</summary>
    static async Task<string> OperatorTokenAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        Ledger.Api.Hosting.LedgerHost.AddLedgerCore(builder, connectionString);
        using var scratchHost = builder.Build();
        var store = scratchHost.Services.GetRequiredService<IDocumentStore>();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return await OperatorTokens.IssueAsync(store, "kill-anywhere", "kill-anywhere", SystemClock.Instance.GetCurrentInstant());
    }
}
