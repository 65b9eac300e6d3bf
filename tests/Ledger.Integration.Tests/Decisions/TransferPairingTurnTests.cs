using Ledger.Api.Import;
using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
using Ledger.Projections;
using Ledger.Projections.Transactions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Ledger.Integration.Tests.Decisions;

/// <summary>
/// Issue #13 (the demo's start): a decision batch never decides a leg while an import is pairing it. The card statement's
/// pairing used to land on checking legs the relay was deciding; the batch collided on the stream version and was decided
/// again. Here the legs are stored and paired while the tenant's pairing turn is held, the way an import holds it.
/// </summary>
public class TransferPairingTurnTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Legs_stored_while_an_import_pairs_them_are_decided_after_the_pairing_as_one_transfer()
    {
        var t = await app.OnboardAsync("Pairing Turn Co");
        var now = app.Clock.GetCurrentInstant();
        var day = new LocalDate(2026, 11, 3);
        var (pay, card) = ("tx-1000-turn-pay", "tx-2100-turn-card");

        await using (var turn = await TransferPairingTurn.TakeAsync(app.Store, t.TenantId, default))
        {
            await using (var conn = await app.Store.OpenTenantConnectionAsync(t.TenantId, default))
            await using (var tx = await conn.BeginTransactionAsync())
            {
                var copy = new NewStreamCopy(app.Store, conn, t.TenantId, "test", now);
                await copy.WriteAsync([Leg(pay, "1000", -500m, "PAYMENT TO CARD", day, now), Leg(card, "2100", 500m, "PAYMENT THANK YOU", day, now)], default);
                await tx.CommitAsync();
            }
            // The relay has the legs now; the pairing comes a moment later, as after a real import's commit.
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(0, await DecidedAsync(t.TenantId));
            await using var session = app.Store.LightweightSession(t.TenantId);
            session.Events.Append(pay, new TransferPairDetected(pay, card, "2100", -500m, day, day, now));
            session.Events.Append(card, new TransferPairDetected(card, pay, "1000", 500m, day, day, now));
            await session.SaveChangesAsync();
        }

        await app.WaitForDecisionsAsync(t.TenantId, 2);
        await using var query = app.Store.QuerySession(t.TenantId);
        var proposals = await query.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync();
        Assert.Equal([("transfer", "2100"), ("transfer", "1000")],
            proposals.OrderBy(p => p.TransactionId == card).Select(p => (p.Source, p.AccountCode)).ToList());
        Assert.Equal(2, await DecidedAsync(t.TenantId));
    }

    async Task<int> DecidedAsync(string tenantId)
    {
        await using var session = app.Store.QuerySession(tenantId);
        return await session.Events.QueryRawEventDataOnly<GateEvaluated>().CountAsync();
    }

    static NewStream Leg(string id, string account, decimal amount, string payee, LocalDate day, Instant at) =>
        new(id, typeof(TransactionView), new TransactionImported(id, Guid.NewGuid(), account, day, amount, payee, null, null, null, null, "fp-" + id, false, 1, at));
}
