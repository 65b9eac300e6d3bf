using Ledger.Api.Decisions;
using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
using Ledger.Projections.Transactions;
using Marten;
using Npgsql;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Ledger.Integration.Tests.Decisions;

/// <summary>Crashes and poison: the chain finishes what was left, decides nothing twice, and isolates a bad transaction.</summary>
public class DecisionRecoveryTests
{
    static async Task<(LedgerApp Held, Ledger.Api.Tenants.TenantOnboardedResponse Tenant, string[] Ids)> ImportWithDecisionsHeldAsync(string name)
    {
        var held = await LedgerApp.StartOnAsync(await TestCluster.CreateDatabaseAsync(name), b => b.UseSetting("Ledger:Decisions:Enabled", "false"));
        var t = await held.OnboardAsync(name);
        var admin = held.Client(t.AdminToken);
        (await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        (await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000")).EnsureSuccessStatusCode();
        await using var session = held.Store.QuerySession(t.TenantId);
        var ids = (await session.Events.QueryRawEventDataOnly<TransactionImported>().ToListAsync()).Select(e => e.TransactionId).OrderBy(x => x).ToArray();
        return (held, t, ids);
    }

    [Fact]
    public async Task A_restarted_host_finishes_a_half_decided_import_without_doubles()
    {
        var (held, t, ids) = await ImportWithDecisionsHeldAsync("restart");
        // Half the import was decided before the "crash".
        using (var scope = held.Host.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(t.TenantId, new DecideTransactions(ids[..3]));
        var connection = held.ConnectionString;
        await held.DisposeAsync();

        var restarted = await LedgerApp.StartOnAsync(connection);
        try
        {
            await restarted.WaitForDecisionsAsync(t.TenantId, 6);
            await using var session = restarted.Store.QuerySession(t.TenantId);
            foreach (var id in ids)
            {
                var events = (await session.Events.FetchStreamAsync(id)).Select(e => e.Data).ToList();
                Assert.Single(events.OfType<CategoryProposed>());
                Assert.Single(events.OfType<GateEvaluated>());
                Assert.Equal(1, events.OfType<ReviewRequested>().Count() + events.OfType<JournalEntryPosted>().Count());
            }
        }
        finally { await restarted.DisposeAsync(); }
    }

    [Fact]
    public async Task Workers_deciding_the_same_transactions_at_once_decide_each_once_and_leave_its_stream_consistent()
    {
        var (held, t, ids) = await ImportWithDecisionsHeldAsync("race");
        try
        {
            // Four workers take the same batch at the same moment (a redelivery racing the original, or two nodes).
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                using var scope = held.Host.Services.CreateScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeForTenantAsync(t.TenantId, new DecideTransactions(ids));
                    return null;
                }
                catch (Exception e) { return e; }
            }));
            // The losers either found the batch decided, or collided with the winner's rows (its events, or its review-queue
            // items, whichever the batch wrote first) and rolled back whole.
            Assert.Contains(outcomes, o => o is null);
            Assert.All(outcomes.OfType<Exception>(), e => Assert.True(e.ToString().Contains("23505"), e.ToString()));   // unique_violation

            await using var session = held.Store.QuerySession(t.TenantId);
            foreach (var id in ids)
            {
                var events = await session.Events.FetchStreamAsync(id);
                Assert.Single(events, e => e.Data is GateEvaluated);
                Assert.Equal(events.Select(e => e.Version), events.OrderBy(e => e.Sequence).Select(e => e.Version));
                Assert.Equal(Enumerable.Range(1, events.Count).Select(v => (long)v), events.Select(e => e.Version));
                var state = await session.Events.FetchStreamStateAsync(id);
                Assert.Equal(events.Count, state!.Version);
            }
            var queued = await session.Events.QueryRawEventDataOnly<ReviewRequested>().CountAsync();
            Assert.Equal(queued, await session.Query<Ledger.Projections.Review.ReviewQueueItem>().CountAsync());
        }
        finally { await held.DisposeAsync(); }
    }

    [Fact]
    public async Task A_transaction_that_cannot_be_decided_is_dead_lettered_and_the_rest_are_decided()
    {
        var (held, t, ids) = await ImportWithDecisionsHeldAsync("poison");
        var connection = held.ConnectionString;
        await held.DisposeAsync();
        // A damaged read model row that only one transaction's decision needs: the vendor stats of Staples.
        string poisoned;
        await using (var conn = new NpgsqlConnection(connection))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("update ledger.mt_doc_vendorstats set data = jsonb_set(data, '{TotalLabels}', '\"damaged\"') where tenant_id = @t and id = 'staples'", conn);
            cmd.Parameters.AddWithValue("t", t.TenantId);
            Assert.Equal(1, await cmd.ExecuteNonQueryAsync());
            await using var find = new NpgsqlCommand("select stream_id from ledger.mt_events where tenant_id = @t and type = 'transaction_imported' and data ->> 'Payee' like 'STAPLES%'", conn);
            find.Parameters.AddWithValue("t", t.TenantId);
            poisoned = (string)(await find.ExecuteScalarAsync())!;
        }

        var restarted = await LedgerApp.StartOnAsync(connection);
        try
        {
            var (decided, deadLetters) = await DecidedAndDeadLetteredAsync(restarted, t.TenantId, ids);
            Assert.Equal(ids.Where(id => id != poisoned).OrderBy(x => x), decided.OrderBy(x => x));
            Assert.Equal([poisoned], deadLetters);
        }
        finally { await restarted.DisposeAsync(); }
    }

    [Fact]
    public async Task A_transaction_that_fails_at_commit_is_dead_lettered_alone_and_the_rest_of_its_batch_is_decided()
    {
        var (held, t, ids) = await ImportWithDecisionsHeldAsync("commitfail");
        try
        {
            // Something already holds the review-queue row one decision will insert: that batch's commit fails, whatever
            // the handler did, until the transaction is decided on its own (the tenant is in shadow mode: all go to review).
            var poisoned = ids[2];
            await using (var session = held.Store.LightweightSession(t.TenantId))
            {
                session.Store(new Ledger.Projections.Review.ReviewQueueItem { Id = poisoned, Payee = "in the way" });
                await session.SaveChangesAsync();
            }
            using (var scope = held.Host.Services.CreateScope())
                await scope.ServiceProvider.GetRequiredService<IMessageBus>().SendAsync(new DecideTransactions(ids), new DeliveryOptions { TenantId = t.TenantId });

            var (decided, deadLetters) = await DecidedAndDeadLetteredAsync(held, t.TenantId, ids);
            Assert.Equal(ids.Where(id => id != poisoned).OrderBy(x => x), decided.OrderBy(x => x));
            Assert.Equal([poisoned], deadLetters);
        }
        finally { await held.DisposeAsync(); }
    }

    /// <summary>
    /// Waits (bounded) until all but one of <paramref name="ids"/> are decided and a decision message is dead-lettered;
    /// returns the decided ids and, per dead letter, the ids its message carries.
    /// </summary>
    static async Task<(List<string> Decided, List<string> DeadLettered)> DecidedAndDeadLetteredAsync(LedgerApp app, string tenantId, string[] ids)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<string> decided;
        var deadLettered = new List<string>();
        do
        {
            await Task.Delay(200);
            await using var session = app.Store.QuerySession(tenantId);
            decided = (await session.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync()).Select(g => g.TransactionId).ToList();
            await using var conn = new NpgsqlConnection(app.ConnectionString);
            await conn.OpenAsync();
            // The body is Wolverine's envelope with the message's JSON inside it.
            await using var cmd = new NpgsqlCommand("select body from ledger.wolverine_dead_letters where message_type like '%DecideTransactions%'", conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            deadLettered.Clear();
            while (await reader.ReadAsync())
            {
                var body = System.Text.Encoding.UTF8.GetString(reader.GetFieldValue<byte[]>(0));
                deadLettered.AddRange(ids.Where(id => body.Contains($"\"{id}\"")));
            }
        } while ((decided.Count < ids.Length - 1 || deadLettered.Count < 1) && DateTime.UtcNow < deadline);
        return (decided, deadLettered);
    }
}
