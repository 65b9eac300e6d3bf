using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ledger.Domain.Decisions;
using Ledger.Projections;
using Ledger.Projections.Journal;
using Ledger.Projections.Metrics;
using Ledger.Projections.Transactions;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;
using Wolverine.Runtime;
using Xunit.Abstractions;

namespace Ledger.Integration.Tests.Hosting;

/// <summary>
/// Issue #13: many nodes on one database. Two API nodes in the production mode (Balanced, Wolverine-managed
/// distribution); the node running some of the projections and subscriptions is killed with SIGKILL in the middle of
/// deciding a statement; the survivor takes its agents and durable messages over within 10 s, decides every transaction
/// once and brings every read model up to date, and nobody logs a fight over who owns what.
/// </summary>
public class TwoNodeTakeoverTests(ITestOutputHelper output)
{
    const int Lines = 160;
    static readonly string[] Vendors = ["STAPLES 00123 SPRINGFIELD IL", "SQ *BLUE BOTTLE COFFEE SAN", "PGANDE WEB ONLINE", "MONTHLY SERVICE FEE", "STRIPE TRANSFER ST-X1Y2", "FACEBK ADS 88723"];

    [Fact]
    public async Task The_survivor_of_a_killed_node_finishes_the_decisions_and_the_read_models_once_and_in_time()
    {
        var db = await TestCluster.CreateDatabaseAsync("twonode");
        await using var killed = await ApiProcess.StartAsync(db, new Dictionary<string, string>());
        var logs = new ConcurrentQueue<LogEvent>();
        var survivor = await LedgerApp.StartOnAsync(db, b => b.ConfigureServices(s => s.AddSingleton<ILogEventSink>(new QueueSink(logs))), solo: false);
        try
        {
            var t = await survivor.OnboardAsync("Two Nodes Co");
            var admin = survivor.Client(t.AdminToken);
            (await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).EnsureSuccessStatusCode();
            (await survivor.Client(survivor.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true, reason = "test" })).EnsureSuccessStatusCode();
            var runtime = survivor.Host.Services.GetRequiredService<IWolverineRuntime>();
            var (onKilled, onSurvivor) = await ClusterAgents.SettledAsync(runtime, nodes: 2);
            output.WriteLine($"before the kill: killed node runs {string.Join(", ", onKilled)}; survivor runs {string.Join(", ", onSurvivor)}");
            Assert.NotEmpty(onKilled);

            // A job command beside the two nodes is a tool, not a third node: it imports the first statement and starts no
            // daemon, relay or durability agent, so the agents stay where they are.
            var file = Path.Combine(Path.GetTempPath(), $"twonode-{Guid.NewGuid():N}.csv");
            await File.WriteAllTextAsync(file, Statement(0));
            var job = await JobsCli.RunAsync(db, "import", "--tenant", t.TenantId, "--account", "1000", "--file", file);
            File.Delete(file);
            Assert.True(job.ExitCode == 0, job.Output);
            var (stillKilled, stillSurvivor) = await ClusterAgents.SettledAsync(runtime, nodes: 2);
            Assert.Equal((onKilled, onSurvivor), (stillKilled, stillSurvivor), (a, b) => a.Item1.SequenceEqual(b.Item1) && a.Item2.SequenceEqual(b.Item2));
            // Three more through the API, so several decision batches are on their way (in the relay, in a node's durable
            // queue, being decided) when the node dies.
            for (var part = 1; part < 4; part++) (await admin.UploadTextAsync($"nov-{part}.csv", Statement(part), "1000")).EnsureSuccessStatusCode();
            var atKill = await DecidedCountAsync(survivor, t.TenantId);
            killed.Kill();
            var clock = Stopwatch.StartNew();
            var (_, after) = await ClusterAgents.SettledAsync(runtime, nodes: 1);
            var takeover = clock.Elapsed;
            await DecidedAsync(survivor, t.TenantId, atLeast: Lines, TimeSpan.FromSeconds(60));
            var decided = clock.Elapsed;
            await survivor.CatchUpAsync();
            var caughtUp = clock.Elapsed;
            output.WriteLine($"after the kill: the survivor runs {string.Join(", ", after)} {takeover.TotalSeconds:0.0} s after it; {atKill} of {Lines} were decided " +
                             $"at the kill, all {decided.TotalSeconds:0.0} s after it; the read models caught up {caughtUp.TotalSeconds:0.0} s after it");
            // The takeover is the cluster's timings (health checks, stale-node timeout, assignment checks), not this machine's
            // speed: the survivor must run every agent within 10 s. What follows is deciding and projecting, bounded above
            // (60 s) and printed: the README's figures come from this line.
            Assert.True(takeover < TimeSpan.FromSeconds(10), $"the survivor ran every agent {takeover.TotalSeconds:0.0} s after the kill");

            await AssertEverythingAppliedOnceAsync(survivor, t.TenantId);
            var fights = logs.Where(e => e.Level >= LogEventLevel.Error).Select(e => e.RenderMessage() + " " + e.Exception?.GetType().Name)
                .Concat(killed.Output.Where(l => l.Contains("ProgressionProgressOutOfOrder") || l.Contains("ConcurrencyException"))).ToList();
            Assert.True(fights.Count == 0, "errors logged:\n" + string.Join('\n', fights));
        }
        finally
        {
            await survivor.DisposeAsync();
        }
    }

    /// <summary>A quarter of the statement: the vendors of the labelled history, some auto-posted and some queued.</summary>
    static string Statement(int part)
    {
        var statement = new StringBuilder("Date,Description,Amount\n");
        for (var i = part * Lines / 4; i < (part + 1) * Lines / 4; i++)
            statement.Append(CultureInfo.InvariantCulture, $"2026-11-{1 + i % 28:00},{Vendors[i % Vendors.Length]},{(i % Vendors.Length == 4 ? "" : "-")}{10 + i}.{i % 100:00}\n");
        return statement.ToString();
    }

    /// <summary>Every transaction decided once; every read model holds each event once (sums and counts equal the events').</summary>
    static async Task AssertEverythingAppliedOnceAsync(LedgerApp app, string tenantId)
    {
        await using var session = app.Store.QuerySession(tenantId);
        var gates = await session.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
        Assert.Equal(Lines, gates.Count);
        Assert.Equal(Lines, gates.Select(g => g.TransactionId).Distinct().Count());
        var posted = await session.Events.QueryRawEventDataOnly<JournalEntryPosted>().ToListAsync();
        Assert.True(posted.Count > 0 && posted.Count < Lines, $"{posted.Count} auto-posted");
        Assert.Equal(posted.Count, await session.Query<JournalEntryView>().CountAsync());
        var tb = await session.LoadAsync<TrialBalance>(TrialBalance.Key);
        Assert.Equal(posted.Sum(p => p.Lines.Sum(l => l.Debit)), tb!.TotalDebits);
        Assert.Equal(posted.Count, tb.Entries);
        Assert.Equal(Lines, await session.Query<TransactionView>().CountAsync(v => v.Decided));
        Assert.Equal(Lines, (await session.Query<MetricsDailyDoc>().ToListAsync()).Sum(m => m.Decided));
    }

    static async Task<int> DecidedCountAsync(LedgerApp app, string tenantId)
    {
        await using var session = app.Store.QuerySession(tenantId);
        return await session.Events.QueryRawEventDataOnly<GateEvaluated>().CountAsync();
    }

    static async Task DecidedAsync(LedgerApp app, string tenantId, int atLeast, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        int decided;
        do
        {
            decided = await DecidedCountAsync(app, tenantId);
            if (decided >= atLeast) return;
            await Task.Delay(50);
        } while (DateTime.UtcNow < deadline);
        Assert.Fail($"only {decided} of {atLeast} transactions decided in {timeout.TotalSeconds} s");
    }

    sealed class QueueSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
