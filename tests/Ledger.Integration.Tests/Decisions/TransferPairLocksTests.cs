using Ledger.Api.Categorization;
using Ledger.Api.Decisions;
using Ledger.Api.Import;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
using Ledger.Projections;
using Ledger.Projections.Transactions;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace Ledger.Integration.Tests.Decisions;

/// <summary>
/// A checking statement and a card statement decided side by side: each card payment's two legs sit in two batches, and
/// deciding a leg writes to both. The two batches used to collide on a stream version: one whole batch rolled back and
/// was decided again, and its reserved event numbers held every async read model for the daemon's stale threshold.
/// </summary>
public class TransferPairLocksTests(TransferPairLocksTests.HeldRelayApp app) : IClassFixture<TransferPairLocksTests.HeldRelayApp>
{
    /// <summary>No relay: the test hands the batches to the handler itself, both at once.</summary>
    public sealed class HeldRelayApp : LedgerApp
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ledger:Decisions:Enabled", "false");
    }

    const int Pairs = 40;

    [Fact]
    public async Task Two_batches_holding_one_leg_each_of_the_same_transfers_both_commit_and_book_each_transfer_once()
    {
        var t = await app.OnboardAsync("Pair Locks Co");
        // A trained tenant that auto-posts: posting one leg covers the other, so the decision writes to both streams.
        await app.TrainToAutopostTransfersAsync(t, "PAYMENT TO CARD", "PAYMENT THANK YOU");
        var now = app.Clock.GetCurrentInstant();
        var day = new LocalDate(2026, 11, 3);
        var pays = Enumerable.Range(0, Pairs).Select(i => $"tx-1000-lock-pay-{i:D2}").ToArray();
        var cards = Enumerable.Range(0, Pairs).Select(i => $"tx-2100-lock-card-{i:D2}").ToArray();
        await using (var conn = await app.Store.OpenTenantConnectionAsync(t.TenantId, default))
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var legs = Enumerable.Range(0, Pairs).SelectMany(i => new[]
            {
                Leg(pays[i], "1000", -(100m + i), "PAYMENT TO CARD", day, now), Leg(cards[i], "2100", 100m + i, "PAYMENT THANK YOU", day, now),
            });
            await new NewStreamCopy(app.Store, conn, t.TenantId, "test", now).WriteAsync(legs.ToList(), default);
            await tx.CommitAsync();
        }
        await using (var session = app.Store.LightweightSession(t.TenantId))
        {
            for (var i = 0; i < Pairs; i++)
            {
                session.Events.Append(pays[i], new TransferPairDetected(pays[i], cards[i], "2100", -(100m + i), day, day, now));
                session.Events.Append(cards[i], new TransferPairDetected(cards[i], pays[i], "1000", 100m + i, day, day, now));
            }
            await session.SaveChangesAsync();
        }

        var start = new TaskCompletionSource();
        var checkingBatch = DecideAsync(t.TenantId, pays, start.Task);
        var cardBatch = DecideAsync(t.TenantId, cards, start.Task);
        start.SetResult();
        await Task.WhenAll(checkingBatch, cardBatch);   // before: one of them threw on pk_mt_events_stream_and_version

        await using var query = app.Store.QuerySession(t.TenantId);
        var gates = await query.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
        Assert.Equal(2 * Pairs, gates.Count);
        Assert.Equal(2 * Pairs, gates.Select(g => g.TransactionId).Distinct().Count());
        var proposals = await query.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync();
        Assert.All(proposals, p => Assert.Equal("transfer", p.Source));
        // One entry per transfer: the leg decided first posts it, the other is covered by it.
        Assert.Equal(Pairs, (await query.Events.QueryRawEventDataOnly<JournalEntryPosted>().ToListAsync()).Count);
        Assert.Equal(Pairs, (await query.Events.QueryRawEventDataOnly<TransferLegCovered>().ToListAsync()).Count);
    }

    async Task DecideAsync(string tenantId, string[] ids, Task start)
    {
        await start;
        var services = app.Host.Services;
        await using var session = app.Store.LightweightSession(tenantId);
        await DecideTransactionsHandler.Handle(new DecideTransactions(ids), session, services.GetRequiredService<CategorizerContextLoader>(),
            services.GetRequiredService<ILlmCategorizer>(), app.Clock, services.GetRequiredService<ILogger<DecideTransactions>>(), default);
        await session.SaveChangesAsync();
    }

    static NewStream Leg(string id, string account, decimal amount, string payee, LocalDate day, Instant at) =>
        new(id, typeof(TransactionView), new TransactionImported(id, Guid.NewGuid(), account, day, amount, payee, null, null, null, null, "fp-" + id, false, 1, at));
}
