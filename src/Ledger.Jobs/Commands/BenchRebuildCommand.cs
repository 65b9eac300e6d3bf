using System.Diagnostics;
using JasperFx.CommandLine;
using Ledger.Api.Import;
using Ledger.Api.Operations;
using Ledger.Api.Tenants;
using Ledger.Domain.Statements;
using Marten;
using Npgsql;
using Wolverine;

namespace Ledger.Jobs.Commands;

public class BenchRebuildInput : NetCoreInput
{
    [Description("Rebuild the composite read models through the daemon, page by page, instead of the one-pass replay (docs/decisions.md 45)")]
    public bool DaemonFlag { get; set; }

    [Description("Transactions to import first through the bulk importer (default 200,000; 0 = rebuild what is there)")]
    public int CountFlag { get; set; } = 200_000;

    [Description("Events per partition of tenants in the one-pass replay (default 250,000; 0 = all tenants in one partition, as before decision 48)")]
    public long PartitionFlag { get; set; } = LedgerViewsReplay.PartitionEvents;
}

/// <summary>
/// How fast read models come back after a restore: imports a large generated statement on a fresh tenant (the COPY
/// path, daemon stopped), then rebuilds every projection over every event of the database and prints events/s.
/// Run it on a scratch database: it rebuilds everything there.
/// </summary>
[Description("Benchmark projection rebuilds: import --count rows, rebuild every projection, print events/s", Name = "bench-rebuild")]
public class BenchRebuildCommand : OperatorCommand<BenchRebuildInput>
{
    protected override async Task<bool> Run(BenchRebuildInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        if (input.CountFlag > 0)
        {
            await host.StartAsync();
            var tenant = await host.Services.GetRequiredService<IMessageBus>().InvokeAsync<TenantOnboardedResponse>(
                new OnboardTenant($"Rebuild Benchmark {NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc():yyyyMMddHHmmss}", "firm", "bench", "bench-rebuild"));
            await host.StopAsync(); // no daemon, no decisions: the rebuild below is the only reader of the events
            var path = Path.Combine(Path.GetTempPath(), $"bench-rebuild-{Guid.NewGuid():N}.ofx");
            await using (var file = File.Create(path)) SampleStatements.WriteOfx(file, input.CountFlag, seed: 21);
            var sw = Stopwatch.StartNew();
            await using (var file = File.OpenRead(path))
            {
                var r = await ProgressDisplay.RunAsync($"Importing {input.CountFlag:N0} rows", 2.0 * file.Length, progress =>
                    host.Services.GetRequiredService<StatementImporter>().ImportAsync(
                        new ImportRequest(tenant.TenantId, "1000", "bench.ofx", file, "bench-rebuild", Progress: progress), CancellationToken.None));
                Console.WriteLine($"Imported {r.Imported:N0} transactions in {sw.Elapsed.TotalSeconds:N1} s");
            }
            File.Delete(path);
        }

        var db = host.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var analyze = db.CreateCommand("analyze")) await analyze.ExecuteNonQueryAsync(); // fresh tables: give the planner statistics
        using var daemon = await store.BuildProjectionDaemonAsync();
        var done = 0;
        var replayed = new List<string>();   // the replay's own line: where its time went (reading and applying, writing)
        var report = await ProgressDisplay.RunAsync("Rebuilding projections", ProjectionRebuild.Projections(store).Count, progress =>
            ProjectionRebuild.RebuildAllAsync(store, db, daemon, null, line =>
            {
                if (line.Contains(" done in ", StringComparison.Ordinal)) progress.Report(++done);
                else if (line.Contains(" applied in ", StringComparison.Ordinal)) replayed.Add(line);
            }, CancellationToken.None, replay: !input.DaemonFlag,
                partitionEvents: input.PartitionFlag > 0 ? input.PartitionFlag : long.MaxValue));
        foreach (var line in replayed) Console.WriteLine(line);
        // The replay holds every aggregate of the composite in memory until it writes them: its size is the peak working set's.
        var me = Process.GetCurrentProcess();
        Console.WriteLine($"Peak working set {me.PeakWorkingSet64 / 1048576.0:N0} MB; this process's CPU {me.TotalProcessorTime.TotalSeconds:N1} s, GC pauses {GC.GetTotalPauseDuration().TotalSeconds:N1} s");
        Console.WriteLine($"{report.Events:N0} events in the store, {Environment.ProcessorCount} cores");
        foreach (var p in report.Projections)
            Console.WriteLine($"  {p.Name,-58} {p.Lifecycle,-6} {p.Took.TotalSeconds,7:N2} s  {report.Events / p.Took.TotalSeconds,10:N0} events/s");
        Console.WriteLine($"All {report.Projections.Count} projections: {report.Took.TotalSeconds:N1} s, " +
                          $"{report.Events * report.Projections.Count / report.Took.TotalSeconds:N0} projection-events/s " +
                          $"({report.Events / report.Took.TotalSeconds:N0} events/s for the full set)");
        var (read, readTook) = await Bench.StorageLimits.SequentialReadAsync(db);   // the limit issue #15 sets beside it
        Console.WriteLine($"Limit: a sequential read of mt_events, {read / readTook.TotalSeconds:N0} events/s (the full set's rebuild at {report.Events / report.Took.TotalSeconds / (read / readTook.TotalSeconds):N2} of it)");
        foreach (var (type, count) in report.Documents) Console.WriteLine($"  {type,-24} {count,10:N0} documents");
        return true;
    }
}
