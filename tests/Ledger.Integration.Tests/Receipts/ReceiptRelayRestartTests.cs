using Ledger.Api.Receipts;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Runtime;

namespace Ledger.Integration.Tests.Receipts;

/// <summary>
/// A statement imported while no node runs (the CLI during an API restart) is relayed by the next node to start, in its
/// first moments, even when that node's start-up is slow: the receipt waiting for it is matched and the relay's shard
/// reaches the end of the log (it once paused for good on a route looked up before the local queues existed).
/// </summary>
public class ReceiptRelayRestartTests
{
    [Fact]
    public async Task A_statement_imported_while_the_api_was_down_matches_its_waiting_receipt_when_a_node_starts()
    {
        var first = await LedgerApp.StartOnAsync(await TestCluster.CreateDatabaseAsync("receiptrestart"));
        var t = await first.OnboardAsync("Receipts Restart Co");
        var receipt = (await first.Client(t.AdminToken).UploadReceiptAsync("hd.pdf", ReceiptBook.HomeDepotPdf())).Receipts[0].Receipt;
        Assert.Equal("unmatched", receipt.Status);
        var connection = first.ConnectionString;
        await first.DisposeAsync();

        var file = Path.Combine(Path.GetTempPath(), $"card-nov-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, ReceiptBook.Statement);
        try
        {
            var import = await JobsCli.RunAsync(connection, "import", "--tenant", t.TenantId, "--account", ReceiptBook.Card, "--file", file);
            Assert.True(import.ExitCode == 0, import.Output);
        }
        finally { File.Delete(file); }

        // The receipts relay sends before the node's local queues start, as on a starved machine.
        var restarted = await LedgerApp.StartOnAsync(connection,
            b => b.ConfigureServices(s => s.AddSingleton<IWolverineActivator>(new SlowStartUp("receipts", typeof(MatchOpenReceipts)))));
        try
        {
            var admin = restarted.Client(t.AdminToken);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            ReceiptDetails now;
            do
            {
                await Task.Delay(200);
                now = await admin.ReceiptAsync(receipt.Id);
            } while (now.MatchedTransactionId is null && DateTime.UtcNow < deadline);
            Assert.Equal(await ReceiptBook.TransactionIdAsync(restarted, t.TenantId, "THE HOME DEPOT"), now.MatchedTransactionId);
            await restarted.CatchUpAsync();
        }
        finally { await restarted.DisposeAsync(); }
    }
}
