namespace Ledger.Integration.Tests.Operations;

/// <summary>
/// The operator's `rebuild` empties the read models a running node's daemon writes to: beside a live API it must refuse,
/// change nothing and say why; once the API is stopped it runs.
/// </summary>
public class RebuildBesideRunningNodeTests
{
    [Fact]
    public async Task Rebuild_refuses_while_an_api_node_answers_its_health_checks_and_runs_once_it_is_stopped()
    {
        var db = await TestCluster.CreateDatabaseAsync("rebuild-beside-node");
        var api = await LedgerApp.StartOnAsync(db, solo: false);   // a production node: it records itself and its health checks
        var before = "";
        try
        {
            await ReadModels.BuildHistoryAsync(api, "Beside A Node Co");
            before = (await ReadModels.SnapshotAsync(db))["mt_doc_transactionview"];

            var refused = await JobsCli.RunAsync(db, "rebuild");
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("needs the API stopped", refused.Output);
            Assert.Contains("nothing was changed", refused.Output);
            Assert.True(await ReadModels.CountAsync(db, "select count(*) from ledger.mt_doc_transactionview") > 0, "the refused rebuild emptied the transaction list");
        }
        finally
        {
            await api.DisposeAsync();
        }

        var rebuilt = await JobsCli.RunAsync(db, "rebuild");
        Assert.True(rebuilt.ExitCode == 0, rebuilt.Output);
        Assert.Equal(before, (await ReadModels.SnapshotAsync(db))["mt_doc_transactionview"]);
    }
}
