using Ledger.Projections;
using Ledger.Api.Operations;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Coordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Ledger.Integration.Tests.Operations;

/// <summary>
/// Every read model can be thrown away and rebuilt from the events: after a backup, a restore into a new database and a
/// rebuild there, and after a rebuild in place, every document table equals the original, and no side effect ran again.
/// </summary>
public class BackupRestoreTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Backup_restore_and_rebuild_reproduce_every_read_model_and_repeat_no_side_effect()
    {
        await ReadModels.BuildHistoryAsync(app, "Backup Restore Co");
        var before = await ReadModels.SnapshotAsync(app.ConnectionString);
        var effects = await ReadModels.SideEffectsAsync(app.ConnectionString);
        Assert.Contains("review_approved=", effects);     // the class shares one database: counts add up
        Assert.Contains("qbo_export_completed=", effects);

        var dump = Path.Combine(Path.GetTempPath(), $"ledger-{Guid.NewGuid():N}.dump");
        var newDb = $"restored_{Guid.NewGuid():N}"[..30];
        try
        {
            var backup = await JobsCli.RunAsync(app.ConnectionString, "backup", "--out", dump);
            Assert.True(backup.ExitCode == 0, backup.Output);
            var restore = await JobsCli.RunAsync(app.ConnectionString, "restore", "--file", dump, "--into", newDb);
            Assert.True(restore.ExitCode == 0, restore.Output);
            var restored = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = newDb }.ConnectionString;

            var rebuild = await JobsCli.RunAsync(restored, "rebuild");
            Assert.True(rebuild.ExitCode == 0, rebuild.Output);
            foreach (var projection in new[] { "TransactionView", "ReviewQueueItem", "JournalEntryView", "ExportLedgerEntry", "MetricsDailyDoc", "LlmBudget", "VendorStats" })
                Assert.Contains(projection, rebuild.Output);

            var after = await ReadModels.SnapshotAsync(restored);
            Assert.Equal(before.Keys, after.Keys);
            foreach (var table in before.Keys) Assert.True(before[table] == after[table], $"{table} differs after restore + rebuild");
            Assert.Equal(effects, await ReadModels.SideEffectsAsync(restored));
            Assert.True(before["mt_doc_transactionview"].Length > 0 && before["mt_doc_metricsdailydoc"].Length > 0, "the history must fill the read models");
        }
        finally
        {
            File.Delete(dump);
        }
    }

    [Fact]
    public async Task Rebuilding_in_place_changes_no_read_model_and_repeats_no_decision_export_or_llm_call()
    {
        await ReadModels.BuildHistoryAsync(app, "Rebuild In Place Co");
        var before = await ReadModels.SnapshotAsync(app.ConnectionString);
        var effects = await ReadModels.SideEffectsAsync(app.ConnectionString);

        // Inside a running host the rebuild goes through the host's own daemon, never a second one.
        var daemon = app.Host.Services.GetRequiredService<Coordinator>().DaemonForMainDatabase();
        var report = await ProjectionRebuild.RebuildAllAsync(app.Store, app.Host.Services.GetRequiredService<NpgsqlDataSource>(), daemon, null, _ => { }, CancellationToken.None);
        // Inline projections one by one, the async read models as their one composite.
        Assert.True(report.Projections.Count >= 8 && report.Projections.Any(p => p.Name == LedgerStore.AsyncViews), string.Join(",", report.Projections.Select(p => p.Name)));
        Assert.True(report.Documents["TransactionView"] > 0);
        await app.CatchUpAsync();
        await Task.Delay(500); // room for any wrongly replayed decision to land before we look

        var after = await ReadModels.SnapshotAsync(app.ConnectionString);
        foreach (var table in before.Keys) Assert.True(before[table] == after[table], $"{table} differs after an in-place rebuild");
        Assert.Equal(effects, await ReadModels.SideEffectsAsync(app.ConnectionString));

        // The async projections run on afterwards: a new event (any type moves the high-water mark) is caught up.
        await Ledger.Api.Tenants.OperatorTokens.IssueAsync(app.Store, "after-rebuild", "test", app.Clock.GetCurrentInstant());
        await app.CatchUpAsync();
    }
}
