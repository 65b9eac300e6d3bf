using System.Diagnostics;
using JasperFx.CommandLine;
using Ledger.Api.Categorization;
using Ledger.Api.Hosting;
using Microsoft.Extensions.Configuration;
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

    [Description("Deciding nodes: hosts in this process on the one database, sharing the agents as API nodes do (Balanced)")]
    public int NodesFlag { get; set; } = 1;
}

/// <summary>
/// Pushes imported transactions of several trained tenants through propose → gate → post/queue (the real relay,
/// durable queue and handler in this process) and prints throughput, latencies and peak memory.
/// </summary>
[Description("Benchmark the decision chain end to end", Name = "bench-decisions")]
public class BenchDecisionsCommand : OperatorCommand<BenchDecisionsInput>
{
    /// <summary>A decision moves its transaction's stream and stamps it with its transaction's start; the import came before.</summary>
    internal static string Decided(Instant since) => $"{LedgerStore.Schema}.mt_streams where timestamp >= '{since.ToDateTimeOffset():O}'::timestamptz";

    /// <summary>A host as the jobs program builds one; <paramref name="decisions"/> switches the decision relay.</summary>
    internal static IHost BuildHost(string connectionString, bool decisions)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "jobsettings.json"), optional: true);
        builder.Configuration["Ledger:Decisions:Enabled"] = decisions ? "true" : "false";
        builder.AddLedgerCore(connectionString);
        return builder.Build();
    }

    protected override async Task<bool> Run(BenchDecisionsInput input)
    {
        // Two hosts, one after the other: the first prepares the tenants and imports with the decision relay switched off,
        // so the second host's figures are the decision chain alone, starting from a backlog of imported transactions.
        string connectionString;
        using (var jobs = input.BuildHost())   // only for the configuration the jobs program was given
            connectionString = await DatabaseLocation.ResolveAsync(jobs.Services.GetRequiredService<IConfiguration>(), Console.Error.WriteLine);
        List<string> tenants;
        int imported;
        double importSeconds;
        using (var preparing = BuildHost(connectionString, decisions: false))
        {
            await preparing.StartAsync();
            List<TenantOnboardedResponse> onboarded;
            (onboarded, imported, importSeconds) = await PrepareAsync(preparing.Services, input.CountFlag, input.TenantsFlag, autopostFirst: true);
            tenants = onboarded.Select(t => t.TenantId).ToList();
            await preparing.StopAsync();
        }

        var hosts = Enumerable.Range(0, Math.Max(1, input.NodesFlag)).Select(_ => BuildHost(connectionString, decisions: true)).ToList();
        var services = hosts[0].Services;
        var store = services.GetRequiredService<IDocumentStore>();
        var db = services.GetRequiredService<Npgsql.NpgsqlDataSource>();
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var started = await ScalarAsync<Instant>(db, "select clock_timestamp()");
        var watch = Stopwatch.StartNew();
        foreach (var node in hosts) await node.StartAsync();
        Console.WriteLine($"{hosts.Count} deciding node(s) started in {watch.Elapsed.TotalSeconds:0.0} s; the relay takes the backlog...");

        // A cheap poll (the benchmark's database holds only its own tenants); the end is read from the commit times after.
        var decided = await ProgressDisplay.RunAsync($"Deciding {imported:N0} transactions", imported, async progress =>
        {
            long count;
            do
            {
                await Task.Delay(1000);
                count = await ScalarAsync<long>(db, $"select count(*) from {Decided(started)}");
                progress.Report(count);
            } while (count < imported && watch.Elapsed < TimeSpan.FromMinutes(20));
            return count;
        });
        var finished = await ScalarAsync<Instant>(db, $"select max(timestamp) from {Decided(started)}");
        var firstCommit = await ScalarAsync<Instant>(db, $"select min(timestamp) from {Decided(started)}");
        var firstBatch = await ScalarAsync<long>(db, $"select count(*) from {Decided(started)} and timestamp = (select min(timestamp) from {Decided(started)})");
        // Decide latency of a transaction: from its batch's start (the decision's time, taken before proposing) to the start of
        // the batch's commit (the stream's timestamp, now() of the writing transaction). Queueing before the batch is not in it.
        const string latency = $"select extract(epoch from s.timestamp - e.timestamp) * 1000 as ms from {LedgerStore.Schema}.mt_events e " +
            $"join {LedgerStore.Schema}.mt_streams s on s.tenant_id = e.tenant_id and s.id = e.stream_id where e.type = 'gate_evaluated'";
        var decideP50 = await ScalarAsync<double>(db, $"select percentile_cont(0.5) within group (order by ms) from ({latency}) l");
        var decideP95 = await ScalarAsync<double>(db, $"select percentile_cont(0.95) within group (order by ms) from ({latency}) l");
        var decideSeconds = (finished - started).TotalSeconds;
        var steadySeconds = Math.Max(0.001, (finished - firstCommit).TotalSeconds);
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart).TotalMilliseconds;
        // The journal, trial balance, transaction list and metrics are async read models: how long after the last decision
        // they show it (the daemon runs alongside the decisions, on the same cores).
        await ReadModelsCaughtUpAsync(store);
        var viewsDone = await ScalarAsync<Instant>(db, $"select max(last_updated) from {LedgerStore.Schema}.mt_event_progression where name like '{LedgerStore.AsyncViews}%'");
        var viewsSeconds = (viewsDone - started).TotalSeconds;

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
              propose → gate → post/queue: {decideSeconds:0.0} s → {decided / decideSeconds:N0} transactions/s (host start, handler code generation included, to the last decision's commit)
                steady rate: {(decided - firstBatch) / steadySeconds:N0} transactions/s (first batch's commit to the last)
              read models (journal, trial balance, transaction list, metrics) caught up: {viewsSeconds:0.0} s after host start → {decided / viewsSeconds:N0} transactions/s
              import before it:            {importSeconds:0.0} s → {imported / importSeconds:N0} transactions/s; both: {decided / (importSeconds + decideSeconds):N0} transactions/s
              decide latency per transaction (its batch's start to its commit): p50 {decideP50:N0} ms, p95 {decideP95:N0} ms
              propose latency per transaction (inside the batch): p50 {Pct(0.50):0.000} ms, p95 {Pct(0.95):0.000} ms
              would auto-post: {autopost:N0} ({autopost * 100.0 / Math.Max(1, decided):0.0}%); auto-posted (tenant 1 opted in): {posted:N0}
              the deciding host's CPU (start-up, handler, relay, daemon): {cpu / 1000:0.0} s = {cpu / Math.Max(1, decided):0.00} ms per transaction
              peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB
            """);
        Console.WriteLine($"  agents per node: {await AgentsPerNodeAsync(services)}");
        foreach (var node in hosts)
        {
            await node.StopAsync();
            node.Dispose();
        }
        return decided >= imported;
    }

    /// <summary>Onboards and trains <paramref name="tenantCount"/> tenants and imports <paramref name="count"/> generated transactions
    /// among them; with <paramref name="autopostFirst"/> the first tenant auto-posts what passes the gates, the others run in shadow mode.</summary>
    internal static async Task<(List<TenantOnboardedResponse> Tenants, int Imported, double Seconds)> PrepareAsync(IServiceProvider services, int count,
        int tenantCount, bool autopostFirst)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var clock = services.GetRequiredService<IClock>();
        var importer = services.GetRequiredService<StatementImporter>();
        var tenants = new List<TenantOnboardedResponse>();
        using (var scope = services.CreateScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            for (var i = 0; i < tenantCount; i++)
            {
                var t = await bus.InvokeAsync<TenantOnboardedResponse>(new OnboardTenant($"Bench Client {i + 1}", "starter", "bench", "bench"));
                await using var session = store.LightweightSession(t.TenantId);
                foreach (var a in DemoSamples.ExtraAccounts) session.Events.Append(t.TenantId, new ChartAccountAdded(t.TenantId, a, "bench", clock.GetCurrentInstant()));
                // Both outcomes are measured: the first tenant auto-posts what passes the gates, the others run in shadow mode.
                if (i == 0 && autopostFirst) session.Events.Append(t.TenantId, new AutopostEnabled(t.TenantId, "bench", "benchmark: posting path", clock.GetCurrentInstant()));
                await session.SaveChangesAsync();
                using var history = new StringReader(DemoSamples.Files()["labelled-history-2024q1.csv"]);
                await ImportLabels.RunAsync(session, "history.csv", history, DemoSamples.CheckingCode, "bench", clock.GetCurrentInstant(), default);
                await session.SaveChangesAsync();
                await bus.InvokeForTenantAsync<ModelTrainedResponse>(t.TenantId, new TrainModel("bench"));
                tenants.Add(t);
            }
        }
        Console.WriteLine($"{tenants.Count} tenants onboarded and trained; importing {count:N0} transactions...");

        var perTenant = count / tenants.Count;
        var watch = Stopwatch.StartNew();
        var imported = 0;
        foreach (var (tenant, index) in tenants.Select((t, i) => (t.TenantId, i)))
        {
            var rows = new List<FeedRow>();
            for (var year = 2025; rows.Count < perTenant; year++) rows.AddRange(HardFeedGenerator.Generate(100 + index, year));
            foreach (var group in rows.Take(perTenant).GroupBy(r => DemoSamples.Code(r.BankAccount)))
            {
                await using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(DemoSamples.CardCsv(group)));
                imported += (await importer.ImportAsync(new ImportRequest(tenant, group.Key, $"bench-{group.Key}.csv", content, "bench"), default)).Imported;
            }
        }
        var seconds = watch.Elapsed.TotalSeconds;
        // The read models catch up on the import first, so the decision window carries only the decisions' own work.
        await ReadModelsCaughtUpAsync(store);
        Console.WriteLine($"Imported {imported:N0} in {seconds:0.0} s (read models caught up after {watch.Elapsed.TotalSeconds:0.0} s)");
        return (tenants, imported, seconds);
    }

    /// <summary>Which node ran which projection or subscription (Wolverine's node table), e.g. "decisions, retraining | ledgerviews".</summary>
    static async Task<string> AgentsPerNodeAsync(IServiceProvider services)
    {
        var nodes = await services.GetRequiredService<Wolverine.Runtime.IWolverineRuntime>().Storage.Nodes.LoadAllNodesAsync(default);
        return string.Join(" | ", nodes.Select(n => string.Join(", ", n.ActiveAgents.Where(a => a.Scheme == "event-subscriptions")
            .Select(a => a.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)[^2]))));
    }

    internal static async Task ReadModelsCaughtUpAsync(IDocumentStore store)
    {
        var high = (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        while ((await store.Advanced.AllProjectionProgress()).Where(p => p.ShardName.StartsWith(LedgerStore.AsyncViews, StringComparison.Ordinal))
               .Any(p => p.Sequence < high))
            await Task.Delay(250);
    }

    internal static async Task<T> ScalarAsync<T>(Npgsql.NpgsqlDataSource db, string sql)
    {
        await using var cmd = db.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
