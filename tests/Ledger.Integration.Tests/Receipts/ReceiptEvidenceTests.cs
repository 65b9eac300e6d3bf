using System.Text.Json;
using Ledger.Api.Receipts;
using Ledger.Api.Review;
using Ledger.Domain.Receipts.Samples;
using Ledger.Integration.Tests.Review;
using Microsoft.AspNetCore.Hosting;

namespace Ledger.Integration.Tests.Receipts;

/// <summary>A matched receipt is evidence wherever a person looks at the transaction: explain, queue, proposal trace, QBO memo.</summary>
public class ReceiptEvidenceTests
{
    [Fact]
    public async Task A_receipt_matched_before_the_decision_shows_in_explain_queue_trace_and_export_and_the_missing_receipt_filter_follows_the_policy()
    {
        // Decisions held: the statement and its receipt are in before the pipeline decides, as when receipts come with the statements.
        var held = await LedgerApp.StartOnAsync(await TestCluster.CreateDatabaseAsync("receipt-evidence"), b => b.UseSetting("Ledger:Decisions:Enabled", "false"));
        var t = await held.OnboardAsync("Receipt Evidence Co");
        var admin = held.Client(t.AdminToken);
        (await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        (await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000")).EnsureSuccessStatusCode();
        var staples = await admin.UploadReceiptAsync("staples.pdf",
            ReceiptDocuments.Pdf(ReceiptDocuments.Lines("Staples", new NodaTime.LocalDate(2026, 11, 2), 28.77m, 2.38m)));
        var receipt = staples.Receipts[0].Receipt;
        Assert.NotNull(receipt.MatchedTransactionId);
        var policy = await admin.PutAsJsonAsync("/api/receipts/policy", new { missingReceiptAbove = 25m, reason = "client's auditor" });
        Assert.Equal(25m, (await policy.Content.ReadFromJsonAsync<ReceiptPolicyView>(Json.Options))!.MissingReceiptAbove);
        var connection = held.ConnectionString;
        await held.DisposeAsync();

        var app = await LedgerApp.StartOnAsync(connection);
        try
        {
            await app.WaitForDecisionsAsync(t.TenantId, 6);
            admin = app.Client(t.AdminToken);
            var tx = receipt.MatchedTransactionId!;

            var explain = await (await admin.GetAsync($"/api/transactions/{tx}/explain")).Body();
            Assert.Equal(receipt.Reference, explain.GetProperty("receipt").GetProperty("reference").GetString());
            Assert.Equal($"/api/receipts/{receipt.Id}/file", explain.GetProperty("receipt").GetProperty("file").GetString());
            Assert.Equal(2.38m, explain.GetProperty("receipt").GetProperty("tax").GetDecimal());
            var trace = explain.GetProperty("proposal").GetProperty("trace").EnumerateArray().Select(l => l.GetString()!).ToList();
            Assert.StartsWith($"receipt {receipt.Reference}: merchant 'Staples', total 31.15, tax 2.38", trace[^1]);

            var verify = await (await admin.GetAsync("/api/audit/verify")).Body();
            Assert.Equal(0, verify.GetProperty("proposals").GetProperty("mismatches").GetInt32());
            Assert.Equal(6, verify.GetProperty("proposals").GetProperty("checked").GetInt32());

            var queue = (await admin.GetFromJsonAsync<ReviewQueuePage>("/api/review/queue?pageSize=50", Json.Options))!;
            Assert.Equal(receipt.Id, queue.Items.Single(i => i.TransactionId == tx).Receipt?.ReceiptId);
            var missing = (await admin.GetFromJsonAsync<ReviewQueuePage>("/api/review/queue?missingReceipt=true", Json.Options))!;
            Assert.Equal(["ACME WIDGETS CO 555-1234", "PGANDE WEB ONLINE"], missing.Items.Select(i => i.Payee).Order());

            var version = queue.Items.Single(i => i.TransactionId == tx).Version;
            (await ReviewDesk.ActAsync(admin, tx, "approve", new { version })).EnsureSuccessStatusCode();
            using var export = new HttpRequestMessage(HttpMethod.Post, "/api/export/qbo");
            export.Headers.Add("Idempotency-Key", "receipt-evidence-1");
            var batch = await (await admin.SendAsync(export)).Body();
            var csv = await admin.GetStringAsync(batch.GetProperty("file").GetString());
            Assert.Contains($"receipt {receipt.Reference}", csv);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
