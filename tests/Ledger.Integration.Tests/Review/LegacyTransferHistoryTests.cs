using Ledger.Api.Operations;
using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using Ledger.Projections.Journal;
using Ledger.Projections.Review;
using Ledger.Projections.Transactions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using Coordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Ledger.Integration.Tests.Review;

/// <summary>
/// Events are forever: transfer histories written by the rules before the one lifecycle (a leg covered "by the entry to
/// come", its other leg posting without telling it, and the double booking of issue #13) replay into today's read models
/// as they were recorded, rebuild to the same, and today's acts on them book nothing twice.
/// </summary>
public class LegacyTransferHistoryTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static readonly LocalDate Day = new(2026, 10, 6);

    [Fact]
    public async Task Histories_of_the_earlier_rules_replay_rebuild_and_take_todays_acts_without_booking_twice()
    {
        var t = await app.OnboardAsync("Legacy Transfers");
        // The tenant stream ends on an event its snapshot handles (a rebuild sets the snapshot's version from the last one it handles).
        Assert.Equal(HttpStatusCode.OK, (await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true, reason = "test" })).StatusCode);
        var now = app.Clock.GetCurrentInstant();
        var payEntry = Guid.NewGuid();
        await using (var session = app.Store.LightweightSession(t.TenantId))
        {
            // Auto-posted pair, old style: the inflow leg covered with no entry id, the outflow posting later on its own.
            Start(session, "old-card", "2100", 500m, "old-pay", "1000", now, [.. Decided("old-card", "1000", now, autopost: true),
                new TransferLegCovered("old-card", "old-pay", null, now)]);
            Start(session, "old-pay", "1000", -500m, "old-card", "2100", now, [.. Decided("old-pay", "2100", now, autopost: true),
                new JournalEntryPosted(payEntry, "old-pay", Day, [new("2100", 500m, 0, null), new("1000", 0, 500m, null)], "PAYMENT", Posters.Autopost, "autopost", now)]);
            // Issue #13 as it was recorded: both legs queued in shadow mode and both approved, the transfer posted twice.
            foreach (var (id, bank, amount, other, otherBank) in new[] { ("twice-card", "2100", 70m, "twice-pay", "1000"), ("twice-pay", "1000", -70m, "twice-card", "2100") })
                Start(session, id, bank, amount, other, otherBank, now, [.. Decided(id, otherBank, now, autopost: false),
                    new ReviewRequested(id, [ReasonCode.AutopostDisabled], bank, Day, amount, "PAYMENT", "payment", otherBank, 0.99, "transfer", now),
                    new ReviewApproved(id, otherBank, "rita", now),
                    new JournalEntryPosted(Guid.NewGuid(), id, Day, [new("2100", 70m, 0, null), new("1000", 0, 70m, null)], "PAYMENT", "rita", "approved", now),
                    new TransactionLabelled(id, "payment", "PAYMENT", null, amount, bank, otherBank, LabelSources.Review, "rita", Day, now)]);
            await session.SaveChangesAsync();
        }
        await app.CatchUpAsync();

        var views = await ViewsAsync(t.TenantId);
        Assert.Equal((TransactionStatus.CoveredByTransfer, null, "old-pay"), (views["old-card"].Status, views["old-card"].CoveringEntryId, views["old-card"].TransferCounterpartId));
        Assert.Equal((TransactionStatus.Posted, payEntry), (views["old-pay"].Status, views["old-pay"].EntryId));
        Assert.Equal((TransactionStatus.Posted, TransactionStatus.Posted), (views["twice-card"].Status, views["twice-pay"].Status));
        Assert.Equal(Balances(("2100", 640m), ("1000", -640m)), await TrialBalanceAsync(t.TenantId));   // what was recorded: 70 twice

        // A rebuild of every read model from those events gives the same documents.
        var before = await Ledger.Integration.Tests.Operations.ReadModels.SnapshotAsync(app.ConnectionString);
        var daemon = app.Host.Services.GetRequiredService<Coordinator>().DaemonForMainDatabase();
        await ProjectionRebuild.RebuildAllAsync(app.Store, app.Host.Services.GetRequiredService<NpgsqlDataSource>(), daemon, null, _ => { }, CancellationToken.None);
        await app.CatchUpAsync();
        var after = await Ledger.Integration.Tests.Operations.ReadModels.SnapshotAsync(app.ConnectionString);
        foreach (var table in before.Keys) Assert.True(before[table] == after[table], $"{table} differs after rebuilding the legacy history");

        // Today's acts: approving the old covered leg learns the entry that covers it; reversing it reverses that entry once.
        var reviewer = app.Client(await ReviewDesk.TokenAsync(app.Client(t.AdminToken), "reviewer", "rita"));
        var approved = await (await ReviewDesk.ActAsync(reviewer, "old-card", "approve", new { version = 5 })).Body();
        Assert.Equal((payEntry, nameof(TransferLegCovered)), (approved.GetProperty("entryId").GetGuid(), approved.GetProperty("recorded")[0].GetString()));
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(reviewer, "old-card", "reverse", new { reason = "check", version = 6 })).StatusCode);
        // The double booking is undone one entry at a time: each leg's own entry, never the other's.
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(reviewer, "twice-pay", "reverse", new { reason = "booked twice", version = 8 })).StatusCode);
        Assert.Equal(Balances(("2100", 70m), ("1000", -70m)), await TrialBalanceAsync(t.TenantId));
        await using var query = app.Store.QuerySession(t.TenantId);
        Assert.Equal(3, await query.Query<ReviewQueueItem>().CountAsync());   // both old legs and the reversed double
    }

    static void Start(IDocumentSession session, string id, string bank, decimal amount, string other, string otherBank, Instant at, object[] decided) =>
        session.Events.StartStream<TransactionView>(id, [
            new TransactionImported(id, Guid.NewGuid(), bank, Day, amount, "PAYMENT", null, null, null, null, "fp-" + id, false, 2, at),
            new TransferPairDetected(id, other, otherBank, amount, Day, Day, at), .. decided]);

    static object[] Decided(string id, string account, Instant at, bool autopost)
    {
        var inputs = new GateInputs(5, 0.99, [new("2100", 1m, 0, null), new("1000", 0, 1m, null)], false, new TenantPolicy(0.9, 3, autopost, 2));
        return [new CategoryProposed(id, "transfer", account, "payment", 0.99, 0.99, [], null, "cal-identity", null, null, 0m, ["transfer"], 1, at),
            new GateEvaluated(id, inputs, Gates.Evaluate(inputs), at)];
    }

    async Task<Dictionary<string, TransactionView>> ViewsAsync(string tenant)
    {
        await using var session = app.Store.QuerySession(tenant);
        return (await session.Query<TransactionView>().ToListAsync()).ToDictionary(v => v.Id);
    }

    async Task<Dictionary<string, decimal>> TrialBalanceAsync(string tenant)
    {
        await app.CatchUpAsync();
        await using var session = app.Store.QuerySession(tenant);
        return (await session.LoadAsync<TrialBalance>(TrialBalance.Key))!.Accounts.Where(a => a.Value.Balance != 0).ToDictionary(a => a.Key, a => a.Value.Balance);
    }

    static Dictionary<string, decimal> Balances(params (string Account, decimal Balance)[] accounts) => accounts.ToDictionary(a => a.Account, a => a.Balance);
}
