using System.Diagnostics;
using Ledger.Api.Decisions;
using Ledger.Api.Import;
using Ledger.Api.Operations;
using Ledger.Api.Tenants;
using Ledger.Domain.Statements;
using Ledger.Projections;
using Marten;
using NodaTime;
using Npgsql;
using Wolverine;

namespace Ledger.Jobs.Commands.Bench;

/// <summary>The macro figures of issue 15, each beside its limit measured on the same rows right after it.</summary>
public static class MacroFigures
{
    /// <summary>
    /// A backlog of imported transactions decided by a deciding host (relay, durable queue, handler, async daemon), as
    /// bench-decisions does: the steady rate from the first batch's commit to the last, and how long after the last
    /// decision the async read models showed it. The limit: the same events appended again in the relay's batch size.
    /// </summary>
    public static async Task<IReadOnlyList<BenchFigure>> DecisionsAsync(string scratch, BenchSize size)
    {
        List<string> tenants;
        int imported;
        using (var preparing = BenchDecisionsCommand.BuildHost(scratch, decisions: false))
        {
            await preparing.StartAsync();
            var (onboarded, count, _) = await BenchDecisionsCommand.PrepareAsync(preparing.Services, size.Decisions, size.Tenants, autopostFirst: true);
            (tenants, imported) = (onboarded.Select(t => t.TenantId).ToList(), count);
            await preparing.StopAsync();
        }

        using var deciding = BenchDecisionsCommand.BuildHost(scratch, decisions: true);
        var store = deciding.Services.GetRequiredService<IDocumentStore>();
        var db = deciding.Services.GetRequiredService<NpgsqlDataSource>();
        var afterSeq = await BenchDecisionsCommand.ScalarAsync<long>(db, $"select coalesce(max(seq_id), 0) from {LedgerStore.Schema}.mt_events");
        var started = await BenchDecisionsCommand.ScalarAsync<Instant>(db, "select clock_timestamp()");
        await deciding.StartAsync();
        var decided = await ProgressDisplay.RunAsync($"Deciding {imported:N0} transactions", imported, async progress =>
        {
            long count = 0, last;
            var stalled = 0;
            do
            {
                await Task.Delay(500);
                (last, count) = (count, await BenchDecisionsCommand.ScalarAsync<long>(db, $"select count(*) from {BenchDecisionsCommand.Decided(started)}"));
                stalled = count == last ? stalled + 1 : 0;
                progress.Report(count);
            } while (count < imported && stalled < 60);   // a transfer pair moves both legs at once: stop when nothing moves for 30 s
            return count;
        });
        // From the first batch's start (a gate decision's time is taken before proposing) to the last batch's commit (the
        // streams' timestamp): host start-up and handler code generation are outside it, every batch is inside.
        var first = await BenchDecisionsCommand.ScalarAsync<Instant>(db,
            $"select min(timestamp) from {LedgerStore.Schema}.mt_events where type = 'gate_evaluated' and seq_id > {afterSeq}");
        var last = await BenchDecisionsCommand.ScalarAsync<Instant>(db, $"select max(timestamp) from {BenchDecisionsCommand.Decided(started)}");
        await ProgressDisplay.StatusAsync("Read models catching up", () => BenchDecisionsCommand.ReadModelsCaughtUpAsync(store));
        var viewsDone = await BenchDecisionsCommand.ScalarAsync<Instant>(db,
            $"select max(last_updated) from {LedgerStore.Schema}.mt_event_progression where name like '{LedgerStore.AsyncViews}%'");
        await deciding.StopAsync();

        var rate = decided / Math.Max(0.001, (last - first).TotalSeconds);
        var overall = decided / Math.Max(0.001, (last - started).TotalSeconds);
        var (streams, took) = await ProgressDisplay.StatusAsync("Limit: appending the same events in batches", () =>
            StorageLimits.AppendAsync(store, scratch, tenants, afterSeq));
        return
        [
            new("decisions", "txn/s", rate, 5_000, true, "batched appends of the same events", streams / took.TotalSeconds,
                $"{decided:N0} decided, first batch's start to the last commit ({overall:N0}/s from host start); limit: batches of {ImportedTransactionsRelay.BatchSize} streams"),
            new("read models current after the last decision", "s", Math.Max(0, (viewsDone - last).TotalSeconds), 5, false, null, null,
                $"journal, trial balance, transaction list, metrics (the {LedgerStore.AsyncViews} shard)"),
        ];
    }

    /// <summary>An OFX and a CSV of <see cref="BenchSize.ImportRows"/> rows each through the importer on a fresh tenant, daemon stopped
    /// (as bench-import), each beside a raw binary COPY of the rows it wrote.</summary>
    public static async Task<IReadOnlyList<BenchFigure>> ImportsAsync(string scratch, BenchSize size)
    {
        using var host = BenchDecisionsCommand.BuildHost(scratch, decisions: false);
        await host.StartAsync();
        var tenant = (await host.Services.GetRequiredService<IMessageBus>().InvokeAsync<TenantOnboardedResponse>(
            new OnboardTenant("Import Benchmark", "firm", "bench", "bench"))).TenantId;
        await host.StopAsync();   // the store stays usable; the daemon would compete with the import for the cores
        var db = host.Services.GetRequiredService<NpgsqlDataSource>();
        var configured = host.Services.GetRequiredService<ImportLimits>();
        var figures = new List<BenchFigure>();
        foreach (var (format, account, write) in new (string, string, Action<Stream>)[]
                 {
                     ("ofx", "1000", s => SampleStatements.WriteOfx(s, size.ImportRows, seed: 11)),
                     ("csv", "1010", s => SampleStatements.WriteCsv(s, size.ImportRows, seed: 12)),
                 })
        {
            using var file = new MemoryStream();
            write(file);
            file.Position = 0;
            var limits = configured with { MaxRows = Math.Max(configured.MaxRows, size.ImportRows), MaxFileBytes = Math.Max(configured.MaxFileBytes, file.Length + 1024 * 1024) };
            var importer = ActivatorUtilities.CreateInstance<StatementImporter>(host.Services, limits);
            var afterSeq = await BenchDecisionsCommand.ScalarAsync<long>(db, $"select coalesce(max(seq_id), 0) from {LedgerStore.Schema}.mt_events");
            var sw = Stopwatch.StartNew();
            var r = await ProgressDisplay.StatusAsync($"Importing {size.ImportRows:N0} {format.ToUpperInvariant()} rows",
                () => importer.ImportAsync(new ImportRequest(tenant, account, $"bench.{format}", file, "bench"), CancellationToken.None));
            var seconds = sw.Elapsed.TotalSeconds;
            var copy = await ProgressDisplay.StatusAsync("Limit: raw binary COPY of the same rows", () => StorageLimits.CopyAsync(db, tenant, afterSeq));
            figures.Add(new($"import {format.ToUpperInvariant()}", "txn/s", r.Imported / seconds, 25_000, true, "raw binary COPY of the same rows",
                r.Imported / copy.TotalSeconds, $"{r.Imported:N0} rows, {file.Length / 1024.0 / 1024.0:N1} MB"));
        }
        return figures;
    }

    /// <summary>Every projection rebuilt over every event of the scratch database, beside a sequential read of those events.</summary>
    public static async Task<BenchFigure> RebuildAsync(string scratch)
    {
        using var host = BenchDecisionsCommand.BuildHost(scratch, decisions: false);   // not started: the rebuild's daemon is the only reader
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var db = host.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var analyze = db.CreateCommand("analyze")) await analyze.ExecuteNonQueryAsync();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var done = 0;
        var report = await ProgressDisplay.RunAsync("Rebuilding every projection", ProjectionRebuild.Projections(store).Count, progress =>
            ProjectionRebuild.RebuildAllAsync(store, db, daemon, null,
                line => { if (line.Contains(" done in ", StringComparison.Ordinal)) progress.Report(++done); }, CancellationToken.None));
        var (events, took) = await ProgressDisplay.StatusAsync("Limit: reading mt_events in sequence", () => StorageLimits.SequentialReadAsync(db));
        return new("projection rebuild", "events/s", report.Events / report.Took.TotalSeconds, 20_000, true, "sequential read of mt_events",
            events / took.TotalSeconds, $"{report.Events:N0} events, {report.Projections.Count} projections in {report.Took.TotalSeconds:N1} s ({Slowest(report)})");
    }

    // Where a rebuild's time goes: the slowest projections first.
    static string Slowest(RebuildReport report) =>
        string.Join(", ", report.Projections.OrderByDescending(p => p.Took).Take(3).Select(p => $"{p.Name} {p.Took.TotalSeconds:N1} s"));
}
