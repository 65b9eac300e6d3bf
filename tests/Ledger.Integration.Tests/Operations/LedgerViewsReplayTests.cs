using Ledger.Api.Operations;
using Ledger.Integration.Tests.Review;
using Ledger.Projections;
using Ledger.Projections.Transactions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Coordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Ledger.Integration.Tests.Operations;

/// <summary>
/// The operator's one-pass replay of the composite read models (<see cref="LedgerViewsReplay"/>) writes exactly what the
/// daemon's page-by-page rebuild writes, and the daemon carries on from where the replay stopped.
/// </summary>
public class LedgerViewsReplayTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task The_replay_writes_every_read_model_the_daemons_rebuild_writes_and_the_daemon_carries_on_after_it()
    {
        // Imports, decisions (auto-posted and queued), an approval, a receipt, an export ...
        await ReadModels.BuildHistoryAsync(app, "Replay History Co");
        // ... a recategorization, a split and an exclusion ...
        var desk = await ReviewDesk.OpenAsync(app, "Replay Corrections Co");
        var acme = await desk.QueuedAsync("ACME");
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(desk.Reviewer, acme.TransactionId, "recategorize", new { accountCode = "6300", version = acme.Version })).StatusCode);
        var pge = await desk.QueuedAsync("PGANDE");
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(desk.Reviewer, pge.TransactionId, "split",
            new { parts = new[] { new { accountCode = "6500", amount = 100.00m }, new { accountCode = "6400", amount = 31.20m } }, version = pge.Version })).StatusCode);
        var coffee = await desk.QueuedAsync("SQ *BLUE BOTTLE");
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(desk.Reviewer, coffee.TransactionId, "exclude", new { reason = "personal", version = coffee.Version })).StatusCode);
        // ... and a transfer approved, reversed (the metrics' late outcome, the journal's patch) and approved again.
        var transfer = await TransferDesk.OpenAsync(app, "Replay Transfer Co");
        Assert.Equal(HttpStatusCode.OK, (await transfer.ActAsync(TransferDesk.Card, "approve")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await transfer.ActAsync(TransferDesk.Checking, "reverse", new { reason = "not a card payment" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await transfer.ActAsync(TransferDesk.Checking, "approve")).StatusCode);
        await app.CatchUpAsync();
        var live = await ReadModels.SnapshotAsync(app.ConnectionString);

        var db = app.Host.Services.GetRequiredService<NpgsqlDataSource>();
        var daemon = app.Host.Services.GetRequiredService<Coordinator>().DaemonForMainDatabase();
        await ProjectionRebuild.RebuildAllAsync(app.Store, db, daemon, null, _ => { }, CancellationToken.None, replay: false);
        await app.CatchUpAsync();
        var byDaemon = await ReadModels.SnapshotAsync(app.ConnectionString);

        var lines = new List<string>();
        await ProjectionRebuild.RebuildAllAsync(app.Store, db, daemon, null, lines.Add, CancellationToken.None, replay: true);
        Assert.Contains(lines, l => l.Contains($"{LedgerStore.AsyncViews}: ", StringComparison.Ordinal) && l.Contains(" applied in ", StringComparison.Ordinal));
        await app.CatchUpAsync();
        var byReplay = await ReadModels.SnapshotAsync(app.ConnectionString);

        Assert.Equal(byDaemon.Keys, byReplay.Keys);
        foreach (var table in byDaemon.Keys)
            Assert.True(byDaemon[table] == byReplay[table], $"the replay differs from the daemon's rebuild: {string.Join("; ", ReadModelSnapshot.Differences(byDaemon, byReplay))}");
        // The replay's own read models are the live ones too (an inline snapshot may not be: a rebuild versions it by the last event it handles).
        foreach (var table in new[] { "mt_doc_transactionview", "mt_doc_journalentryview", "mt_doc_trialbalance", "mt_doc_metricsdailydoc", "mt_doc_statementimportview" })
        {
            Assert.True(byReplay[table].Length > 0, $"the history must fill {table}");
            Assert.True(live[table] == byReplay[table], $"{table}: the replay differs from the live read model");
        }

        // Partitioned by tenant (here one tenant a partition: the history spans several), each partition's documents written
        // while the next is applied, the replay still writes exactly what the daemon wrote.
        lines.Clear();
        await ProjectionRebuild.RebuildAllAsync(app.Store, db, daemon, null, lines.Add, CancellationToken.None, replay: true, partitionEvents: 1);
        Assert.Contains(lines, l => l.Contains($"{LedgerStore.AsyncViews}: ", StringComparison.Ordinal) && !l.Contains("(1 partition(s)", StringComparison.Ordinal)
                                    && l.Contains(" partition(s) of tenants", StringComparison.Ordinal));
        await app.CatchUpAsync();
        var byPartitions = await ReadModels.SnapshotAsync(app.ConnectionString);
        Assert.Equal(byDaemon.Keys, byPartitions.Keys);
        foreach (var table in byDaemon.Keys)
            Assert.True(byDaemon[table] == byPartitions[table], $"the partitioned replay differs from the daemon's rebuild: {string.Join("; ", ReadModelSnapshot.Differences(byDaemon, byPartitions))}");

        // The shard goes on from the replay's last event: a statement imported afterwards reaches the transaction list.
        var upload = await transfer.Admin.UploadTextAsync("after.csv", "Date,Description,Amount\n2026-11-20,AFTER THE REPLAY,-12.34\n", TransferDesk.Checking);
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        await app.CatchUpAsync();
        await using var session = app.Store.QuerySession(transfer.TenantId);
        Assert.Equal(3, await session.Query<TransactionView>().CountAsync());
    }
}
