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
                await session.SaveChangesAsync();
                using var history = new StringReader(DemoSamples.Files()["labelled-history-2024q1.csv"]);
                await ImportLabels.RunAsync(session, "history.csv", history, DemoSamples.CheckingCode, "bench", clock.GetCurrentInstant(), default);
                await session.SaveChangesAsync();
                await bus.InvokeForTenantAsync<ModelTrainedResponse>(t.TenantId, new TrainModel("bench"));
                tenants.Add(t.TenantId);
            }
        }
        Console.WriteLine($"{tenants.Count} tenants onboarded and trained; importing {input.CountFlag:N0} transactions...");

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
        Console.WriteLine($"Imported {imported:N0} in {importSeconds:0.0} s; waiting for every decision...");

        int decided;
        do
        {
            await Task.Delay(1000);
            decided = 0;
            foreach (var t in tenants)
            {
                await using var q = store.QuerySession(t);
                decided += await q.Query<DecidedTransaction>().CountAsync();
            }
            Console.WriteLine($"  {decided:N0}/{imported:N0} decided ({watch.Elapsed.TotalSeconds:0} s)");
        } while (decided < imported && watch.Elapsed < TimeSpan.FromMinutes(20));
        var total = watch.Elapsed.TotalSeconds;

        var propose = new List<double>();
        var autopost = 0;
        foreach (var t in tenants)
        {
            await using var q = store.QuerySession(t);
            propose.AddRange((await q.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync()).Select(p => p.ProposeMilliseconds));
            autopost += (await q.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync()).Count(g => g.Decision.WouldAutoPost);
        }
        propose.Sort();
        double Pct(double p) => propose.Count == 0 ? 0 : propose[(int)Math.Min(propose.Count - 1, Math.Floor(p * propose.Count))];
        Console.WriteLine($"""
            Decision chain: {decided:N0} transactions of {tenants.Count} tenants
              import + decide end to end: {total:0.0} s → {decided / total:N0} transactions/s (import alone {importSeconds:0.0} s)
              decide after import:        {Math.Max(0.001, total - importSeconds):0.0} s → {decided / Math.Max(0.001, total - importSeconds):N0} transactions/s
              propose latency per transaction: p50 {Pct(0.50):0.000} ms, p95 {Pct(0.95):0.000} ms
              would auto-post: {autopost:N0} ({autopost * 100.0 / Math.Max(1, decided):0.0}%)
              peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB
            """);
        await host.StopAsync();
        return decided >= imported;
    }
}
