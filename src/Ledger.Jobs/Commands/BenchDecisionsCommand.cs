using System.Diagnostics;
using JasperFx.CommandLine;
using Ledger.Api.Categorization;
using Ledger.Api.Import;
using Ledger.Api.Tenants;
using Ledger.Domain.Categorization.Evaluation;
using Ledger.Domain.Decisions;
using Ledger.Domain.Demo;
using Ledger.Domain.Statements;
using Ledger.Domain.Tenants;
using Ledger.Projections;
using Ledger.Projections.Transactions;
using Marten;
using NodaTime;
using Wolverine;

namespace Ledger.Jobs.Commands;

public class BenchDecisionsInput : NetCoreInput
{
    [Description("Transactions to push through the pipeline in total")]
    public int CountFlag { get; set; } = 50_000;

    [Description("Number of tenants sharing them")]
    public int TenantsFlag { get; set; } = 3;
}

/// <summary>
/// Pushes imported transactions of several trained tenants through propose → gate → post/queue (the real relay,
/// durable queue and handler in this process) and prints throughput, latencies and peak memory.
/// </summary>
[Description("Benchmark the decision chain end to end", Name = "bench-decisions")]
public class BenchDecisionsCommand : JasperFxAsyncCommand<BenchDecisionsInput>
{
    const string RelayShard = "decisions:All";

    public override async Task<bool> Execute(BenchDecisionsInput input)
    {
        using var host = input.BuildHost();
        await host.StartAsync();
        var services = host.Services;
        var store = services.GetRequiredService<IDocumentStore>();
        var clock = services.GetRequiredService<IClock>();
        var importer = services.GetRequiredService<StatementImporter>();
        var tenants = new List<string>();
        using (var scope = services.CreateScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            for (var i = 0; i < input.TenantsFlag; i++)
            {
                var t = await bus.InvokeAsync<TenantOnboardedResponse>(new OnboardTenant($"Bench Client {i + 1}", "starter", "bench", "bench"));
                await using var session = store.LightweightSession(t.TenantId);
                foreach (var a in DemoSamples.ExtraAccounts) session.Events.Append(t.TenantId, new ChartAccountAdded(t.TenantId, a, "bench", clock.GetCurrentInstant()));
                // Both outcomes are measured: the first tenant auto-posts what passes the gates, the others run in shadow mode.
                if (i == 0) session.Events.Append(t.TenantId, new AutopostEnabled(t.TenantId, "bench", "benchmark: posting path", clock.GetCurrentInstant()));
                await session.SaveChangesAsync();
                using var history = new StringReader(DemoSamples.Files()["labelled-history-2024q1.csv"]);
                await ImportLabels.RunAsync(session, "history.csv", history, DemoSamples.CheckingCode, "bench", clock.GetCurrentInstant(), default);
                await session.SaveChangesAsync();
                await bus.InvokeForTenantAsync<ModelTrainedResponse>(t.TenantId, new TrainModel("bench"));
                tenants.Add(t.TenantId);
            }
        }
        Console.WriteLine($"{tenants.Count} tenants onboarded and trained; importing {input.CountFlag:N0} transactions...");

        // The relay is held while the statements land, so the decision figures measure the chain alone, not the import too.
        var daemon = services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.StopAgentAsync(RelayShard);
        var perTenant = input.CountFlag / tenants.Count;
        var watch = Stopwatch.StartNew();
        var imported = 0;
        foreach (var (tenant, index) in tenants.Select((t, i) => (t, i)))
        {
            var rows = new List<FeedRow>();
            for (var year = 2025; rows.Count < perTenant; year++) rows.AddRange(HardFeedGenerator.Generate(100 + index, year));
            foreach (var group in rows.Take(perTenant).GroupBy(r => DemoSamples.Code(r.BankAccount)))
            {
                await using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(DemoSamples.CardCsv(group)));
                imported += (await importer.ImportAsync(new ImportRequest(tenant, group.Key, $"bench-{group.Key}.csv", content, "bench"), default)).Imported;
            }
        }
        var importSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"Imported {imported:N0} in {importSeconds:0.0} s; letting the relay go and waiting for every decision...");
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var db = services.GetRequiredService<Npgsql.NpgsqlDataSource>();
        var started = await ScalarAsync<Instant>(db, "select clock_timestamp()");
        watch.Restart();
        await daemon.StartAgentAsync(RelayShard, CancellationToken.None);

        // A cheap poll (the benchmark's database holds only its own tenants); the end is read from the commit times after.
        long decided;
        do
        {
            await Task.Delay(1000);
            decided = await ScalarAsync<long>(db, $"select count(*) from {LedgerStore.Schema}.mt_doc_decidedtransaction");
            Console.WriteLine($"  {decided:N0}/{imported:N0} decided ({watch.Elapsed.TotalSeconds:0} s)");
        } while (decided < imported && watch.Elapsed < TimeSpan.FromMinutes(20));
        var finished = await ScalarAsync<Instant>(db, $"select max(mt_last_modified) from {LedgerStore.Schema}.mt_doc_decidedtransaction");
        var decideSeconds = (finished - started).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalMilliseconds;

        var propose = new List<double>();
        var autopost = 0;
        var posted = 0;
        foreach (var t in tenants)
        {
            await using var q = store.QuerySession(t);
            propose.AddRange((await q.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync()).Select(p => p.ProposeMilliseconds));
            autopost += (await q.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync()).Count(g => g.Decision.WouldAutoPost);
            posted += await q.Events.QueryRawEventDataOnly<JournalEntryPosted>().CountAsync();
        }
        propose.Sort();
        double Pct(double p) => propose.Count == 0 ? 0 : propose[(int)Math.Min(propose.Count - 1, Math.Floor(p * propose.Count))];
        Console.WriteLine($"""
            Decision chain: {decided:N0} transactions of {tenants.Count} tenants
              propose → gate → post/queue: {decideSeconds:0.0} s → {decided / decideSeconds:N0} transactions/s (relay start to the last decision's commit)
              import before it:            {importSeconds:0.0} s → {imported / importSeconds:N0} transactions/s; both: {decided / (importSeconds + decideSeconds):N0} transactions/s
              propose latency per transaction: p50 {Pct(0.50):0.000} ms, p95 {Pct(0.95):0.000} ms
              would auto-post: {autopost:N0} ({autopost * 100.0 / Math.Max(1, decided):0.0}%); auto-posted (tenant 1 opted in): {posted:N0}
              this process's CPU while deciding (handler, relay, daemon): {cpu / 1000:0.0} s = {cpu / Math.Max(1, decided):0.00} ms per transaction
              peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB
            """);
        await host.StopAsync();
        return decided >= imported;
    }

    static async Task<T> ScalarAsync<T>(Npgsql.NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
