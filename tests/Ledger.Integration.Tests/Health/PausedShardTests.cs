using System.Text.Json;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using Ledger.Projections;
using Ledger.Projections.Transactions;
using Marten;
using Marten.Services;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine.Runtime;

namespace Ledger.Integration.Tests.Health;

/// <summary>
/// A shard the daemon pauses (an event it cannot read: projection errors are never skipped, decision 9) is named by
/// /readyz, which answers 503 within seconds however small the lag, and by /metrics; once the event is repaired and
/// the API restarted the shard runs again, applies the event, and /readyz is 200.
/// </summary>
public class PausedShardTests
{
    const string Shard = LedgerStore.AsyncViews + ":All";

    [Fact]
    public async Task A_shard_paused_on_an_unreadable_event_makes_readyz_503_naming_it_until_the_event_is_repaired_and_the_api_restarted()
    {
        var first = await LedgerApp.StartOnAsync(await TestCluster.CreateDatabaseAsync("pausedshard"));
        var connection = first.ConnectionString;
        string tenant, id;
        long sequence;
        string body;
        try
        {
            var t = await first.OnboardAsync("Poisoned Co");
            tenant = t.TenantId;
            (await first.Client(t.AdminToken).UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000")).EnsureSuccessStatusCode();
            await first.WaitForDecisionsAsync(tenant, 6);
            await first.CatchUpAsync();
            var (ready, before) = await ReadyzAsync(first);
            Assert.True(ready == HttpStatusCode.OK, before.ToString());

            await using (var query = first.Store.QuerySession(tenant))
                id = (await query.Query<TransactionView>().ToListAsync()).First(v => v.Payee.StartsWith("STAPLES")).Id;
            (sequence, body) = await AppendUnreadableExclusionAsync(first, tenant, id);

            // The daemon meets the event and pauses the shard; the lag is one event, far below the readiness limit.
            var (status, readiness) = await UntilAsync(() => first.Host.Server.CreateClient().GetAsync("/readyz"), s => s != HttpStatusCode.OK);
            Assert.True(status == HttpStatusCode.ServiceUnavailable, readiness.ToString());
            Assert.False(readiness.GetProperty("ready").GetBoolean());
            Assert.True(readiness.GetProperty("databaseReachable").GetBoolean());
            var paused = readiness.GetProperty("pausedShards").EnumerateArray().Single(p => p.GetProperty("shard").GetString() == Shard);
            Assert.Equal(JsonValueKind.String, paused.GetProperty("since").ValueKind);
            Assert.Equal(sequence, paused.GetProperty("eventSequence").GetInt64());
            Assert.Equal("transaction_excluded", paused.GetProperty("eventType").GetString());
            Assert.Equal("EventSerialization", paused.GetProperty("category").GetString());
            // Why, in one line: the daemon's wrapper and the fault it wraps (the body is not an exclusion).
            var reason = paused.GetProperty("reason").GetString()!;
            Assert.Contains("JsonException", reason);
            Assert.DoesNotContain("\n", reason);
            Assert.Contains(readiness.GetProperty("problems").EnumerateArray(), p => p.GetString()!.Contains(Shard) && p.GetString()!.Contains("paused"));

            var metrics = await (await first.Host.Server.CreateClient().GetAsync("/metrics")).Content.ReadAsStringAsync();
            Assert.Contains($"ledger_projection_shard_paused{{shard=\"{Shard}\"}} 1", metrics);
        }
        finally { await first.DisposeAsync(); }

        // The operator repairs the event's stored body and restarts the API: the shard starts again and catches up.
        await RestoreBodyAsync(connection, sequence, body);
        var restarted = await LedgerApp.StartOnAsync(connection);
        try
        {
            var (status, readiness) = await UntilAsync(() => restarted.Host.Server.CreateClient().GetAsync("/readyz"), s => s == HttpStatusCode.OK);
            Assert.True(status == HttpStatusCode.OK, readiness.ToString());
            Assert.Empty(readiness.GetProperty("pausedShards").EnumerateArray());
            await restarted.CatchUpAsync();
            await using var query = restarted.Store.QuerySession(tenant);
            Assert.Equal(TransactionStatus.Excluded, (await query.LoadAsync<TransactionView>(id))!.Status);
            var metrics = await (await restarted.Host.Server.CreateClient().GetAsync("/metrics")).Content.ReadAsStringAsync();
            Assert.Contains($"ledger_projection_shard_paused{{shard=\"{Shard}\"}} 0", metrics);
        }
        finally { await restarted.DisposeAsync(); }
    }

    /// <summary>
    /// Production's mode: two nodes (the API as its own process, and one in this process) share the agents. Whichever runs
    /// the read models pauses them; both nodes' /readyz answer 503 naming the shard and the node it paused on.
    /// </summary>
    [Fact]
    public async Task A_shard_paused_on_one_node_makes_every_nodes_readyz_503_naming_it_and_that_node()
    {
        var db = await TestCluster.CreateDatabaseAsync("pausedshard2");
        await using var other = await ApiProcess.StartAsync(db, new Dictionary<string, string>());
        var local = await LedgerApp.StartOnAsync(db, solo: false);
        try
        {
            var t = await local.OnboardAsync("Two Nodes Poisoned Co");
            (await local.Client(t.AdminToken).UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000")).EnsureSuccessStatusCode();
            await local.WaitForDecisionsAsync(t.TenantId, 6);
            await local.CatchUpAsync();
            var runtime = local.Host.Services.GetRequiredService<IWolverineRuntime>();
            var (_, mine) = await ClusterAgents.SettledAsync(runtime, nodes: 2);
            var runsViewsHere = mine.Any(a => a.Contains(LedgerStore.AsyncViews, StringComparison.OrdinalIgnoreCase));
            string id;
            await using (var query = local.Store.QuerySession(t.TenantId))
                id = (await query.Query<TransactionView>().ToListAsync()).First(v => v.Payee.StartsWith("STAPLES")).Id;
            await AppendUnreadableExclusionAsync(local, t.TenantId, id);

            using var otherClient = new HttpClient { BaseAddress = other.BaseAddress };
            var nodes = new Func<Task<HttpResponseMessage>>[] { () => local.Host.Server.CreateClient().GetAsync("/readyz"), () => otherClient.GetAsync("/readyz") };
            foreach (var node in nodes)
            {
                var (status, readiness) = await UntilAsync(node, s => s != HttpStatusCode.OK);
                Assert.True(status == HttpStatusCode.ServiceUnavailable, readiness.ToString());
                var paused = readiness.GetProperty("pausedShards").EnumerateArray().Single(p => p.GetProperty("shard").GetString() == Shard);
                // The node number recorded with the pause is the node that ran the shard, wherever /readyz was asked.
                var here = runtime.Options.Durability.AssignedNodeNumber;
                var pausedOn = paused.GetProperty("node").GetInt32();
                Assert.True(runsViewsHere ? pausedOn == here : pausedOn != here, $"paused on node {pausedOn}; this process is node {here} and runs {string.Join(", ", mine)}");
            }
        }
        finally { await local.DisposeAsync(); }
    }

    static Task<(HttpStatusCode, JsonElement)> ReadyzAsync(LedgerApp app) => ReadAsync(() => app.Host.Server.CreateClient().GetAsync("/readyz"));

    static async Task<(HttpStatusCode, JsonElement)> ReadAsync(Func<Task<HttpResponseMessage>> get)
    {
        var response = await get();
        return (response.StatusCode, await response.Body());
    }

    /// <summary>Asks until the status is what the test waits for, or 60 s have passed; returns the last answer.</summary>
    static async Task<(HttpStatusCode Status, JsonElement Body)> UntilAsync(Func<Task<HttpResponseMessage>> get, Func<HttpStatusCode, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var answer = await ReadAsync(get);
            if (done(answer.Item1) || DateTime.UtcNow > deadline) return answer;
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// A real exclusion appended through Marten, whose stored body is damaged in the same transaction, so the daemon only
    /// ever sees the damaged row (as after a bad manual data fix or a serializer change that cannot read old bodies).
    /// Returns the event's sequence and its good body.
    /// </summary>
    static async Task<(long Sequence, string Body)> AppendUnreadableExclusionAsync(LedgerApp app, string tenant, string id)
    {
        var dataSource = app.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await using var conn = await dataSource.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var options = SessionOptions.ForTransaction(tx);
        options.TenantId = tenant;
        await using (var session = app.Store.LightweightSession(options))
        {
            session.Events.Append(id, new TransactionExcluded(id, "personal", null, "test", app.Clock.GetCurrentInstant()));
            await session.SaveChangesAsync();
        }
        long sequence;
        string body;
        await using (var read = new NpgsqlCommand("select seq_id, data::text from ledger.mt_events where stream_id = $1 and tenant_id = $2 order by seq_id desc limit 1", conn))
        {
            read.Parameters.Add(new NpgsqlParameter { Value = id });
            read.Parameters.Add(new NpgsqlParameter { Value = tenant });
            await using var reader = await read.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            (sequence, body) = (reader.GetInt64(0), reader.GetString(1));
        }
        await using (var damage = new NpgsqlCommand("update ledger.mt_events set data = '[]'::jsonb where seq_id = $1", conn))
        {
            damage.Parameters.Add(new NpgsqlParameter { Value = sequence });
            Assert.Equal(1, await damage.ExecuteNonQueryAsync());
        }
        await tx.CommitAsync();
        return (sequence, body);
    }

    static async Task RestoreBodyAsync(string connection, long sequence, string body)
    {
        await using var dataSource = NpgsqlDataSource.Create(connection);
        await using var repair = dataSource.CreateCommand("update ledger.mt_events set data = $2::jsonb where seq_id = $1");
        repair.Parameters.Add(new NpgsqlParameter { Value = sequence });
        repair.Parameters.Add(new NpgsqlParameter { Value = body });
        Assert.Equal(1, await repair.ExecuteNonQueryAsync());
    }
}
