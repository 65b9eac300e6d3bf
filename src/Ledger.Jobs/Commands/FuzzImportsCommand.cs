using JasperFx.CommandLine;
using Ledger.Api.Import;
using Ledger.Api.Tenants;
using Ledger.Jobs.Commands.Fuzz;
using Npgsql;
using Spectre.Console;
using Wolverine;

namespace Ledger.Jobs.Commands;

public class FuzzImportsInput : NetCoreInput
{
    [Description("Mutated statements to read (default 100,000)")]
    public int CountFlag { get; set; } = 100_000;

    [Description("Run seed: the same seed gives the same inputs (default 1)")]
    public int SeedFlag { get; set; } = 1;

    [Description("Every Nth input also goes through the whole import into a scratch database beside the configured one (default 10; 0 = readers only)")]
    public int ImportEveryFlag { get; set; } = 10;

    [Description("Mutated 1 MB statements whose parse is timed against the 1 s budget (default 40)")]
    public int LargeFlag { get; set; } = 40;

    [Description("Seconds after which an input counts as a hang (default 10)")]
    public int TimeoutFlag { get; set; } = 10;

    [Description("Folder of seed statements (default: shared/fixtures above the checkout)")]
    public string? FixturesFlag { get; set; }

    [Description("Write every finding (bytes + what happened) into this folder")]
    public string? KeepFlag { get; set; }

    [Description("Keep the scratch database afterwards")]
    public bool KeepDatabaseFlag { get; set; }
}

/// <summary>
/// The long fuzz run of issue #16: seeded mutations of third-party statements through the readers (both import passes),
/// every Nth through the whole import into the database, and mutated 1 MB files timed. Every input must end imported or
/// refused naming file, line and field; a crash (HTTP 500), a hang or a vague refusal is a finding and fails the command.
/// </summary>
[Description("Fuzz statement import: --count mutated OFX/QFX/CSV files through the readers and the importer; findings fail the run", Name = "fuzz-imports")]
public class FuzzImportsCommand : JasperFxAsyncCommand<FuzzImportsInput>
{
    public override async Task<bool> Execute(FuzzImportsInput input)
    {
        var corpus = FuzzCorpus.Load(input.FixturesFlag ?? FuzzCorpus.FindFixtures());
        var timeout = TimeSpan.FromSeconds(input.TimeoutFlag);
        AnsiConsole.MarkupLine($"fuzz-imports: {input.CountFlag:N0} inputs from {corpus.Files.Count} statements, seed {input.SeedFlag}, hang after {input.TimeoutFlag} s");

        var readers = new FuzzTally();
        var imports = new FuzzTally();
        using var configured = input.ImportEveryFlag > 0 ? input.BuildHost() : null;
        var server = configured is null ? null : JobsDatabase.ConnectionString(configured);
        var scratchName = $"ledger_fuzz_{NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc():yyyyMMddHHmmss}";
        using var scratch = server is null ? null : await ScratchHostAsync(server, scratchName);
        var check = scratch is null ? null : await FreshTenantAsync(scratch);

        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async ctx =>
            {
                var bar = ctx.AddTask("readers + importer", maxValue: input.CountFlag);
                for (var i = 0; i < input.CountFlag; i++)
                {
                    var mutated = corpus.Input(i, input.SeedFlag);
                    readers.Add(ReaderCheck.Run(mutated, timeout));
                    if (check is not null && i % input.ImportEveryFlag == 0) imports.Add(await check.RunAsync(mutated, timeout));
                    bar.Increment(1);
                }
            });

        var large = LargeFiles.Run(input.LargeFlag, input.SeedFlag, timeout);
        readers.Print(Console.Out, "Readers (sniff, first pass, second pass)");
        if (check is not null) imports.Print(Console.Out, "Whole import into the database");
        Console.WriteLine(large.Line());
        if (input.KeepFlag is { } keep)
        {
            readers.Keep(keep);
            imports.Keep(keep);
        }
        if (server is not null && !input.KeepDatabaseFlag) await ScratchDatabase.DropAsync(server, scratchName);
        return readers.Findings.Count == 0 && imports.Findings.Count == 0 && large.WithinBudget;
    }

    /// <summary>Junk imports go to a scratch database, never to the configured one (where a running API would decide them).</summary>
    static async Task<IHost> ScratchHostAsync(string server, string name)
    {
        var cs = await ScratchDatabase.CreateAsync(server, name);
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        Ledger.Api.Hosting.LedgerHost.AddLedgerCore(builder, cs, Ledger.Api.Hosting.LedgerRole.Tool);
        Console.WriteLine($"Whole imports into scratch database {name}");
        return builder.Build();
    }

    static async Task<ImportCheck> FreshTenantAsync(IHost host)
    {
        await host.StartAsync();
        var tenant = await host.Services.GetRequiredService<IMessageBus>().InvokeAsync<TenantOnboardedResponse>(
            new OnboardTenant($"Fuzz {NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc():yyyyMMddHHmmss}", "starter", "fuzz", "fuzz-imports"));
        await host.StopAsync();   // no daemon, no decisions: the imports alone
        Console.WriteLine($"Importing into tenant {tenant.TenantId}, account 1000");
        return new ImportCheck(host.Services.GetRequiredService<StatementImporter>(), host.Services.GetRequiredService<NpgsqlDataSource>(), tenant.TenantId, "1000");
    }
}
