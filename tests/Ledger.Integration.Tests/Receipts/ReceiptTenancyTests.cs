using Ledger.Api.Receipts;

namespace Ledger.Integration.Tests.Receipts;

/// <summary>A receipt belongs to one tenant: another tenant's token can neither see, fetch nor match it.</summary>
public class ReceiptTenancyTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Another_tenant_cannot_read_fetch_or_match_a_receipt_and_holds_its_own_copy_of_the_same_file()
    {
        var a = await app.OnboardAsync("Receipts Tenant A");
        var b = await app.OnboardAsync("Receipts Tenant B");
        var adminA = app.Client(a.AdminToken);
        var adminB = app.Client(b.AdminToken);
        await ReceiptBook.ImportStatementAsync(adminA);
        var receiptA = (await adminA.UploadReceiptAsync("hd.pdf", ReceiptBook.HomeDepotPdf())).Receipts[0].Receipt;
        Assert.NotNull(receiptA.MatchedTransactionId);

        Assert.Equal(HttpStatusCode.NotFound, (await adminB.GetAsync($"/api/receipts/{receiptA.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.GetAsync(receiptA.File)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.GetAsync($"/api/receipts/{receiptA.Id}/possible-matches")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.PostAsJsonAsync($"/api/receipts/{receiptA.Id}/unmatch", new { reason = "x" })).StatusCode);
        Assert.Equal(0, (await adminB.GetFromJsonAsync<ReceiptPage>("/api/receipts", Json.Options))!.Total);

        // B sends the very same file: B's own receipt (same id, B's key), unmatched since B has no such line, and A's is untouched.
        var receiptB = (await adminB.UploadReceiptAsync("hd.pdf", ReceiptBook.HomeDepotPdf())).Receipts[0];
        Assert.Equal(("new", receiptA.Id, "unmatched"), (receiptB.Status, receiptB.ReceiptId, receiptB.Receipt.Status));
        var steal = await adminB.PostAsJsonAsync($"/api/receipts/{receiptB.ReceiptId}/match", new { transactionId = receiptA.MatchedTransactionId });
        Assert.Equal(HttpStatusCode.BadRequest, steal.StatusCode);
        Assert.Equal("transactionId", (await steal.Body()).GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(receiptA.MatchedTransactionId, (await adminA.ReceiptAsync(receiptA.Id)).MatchedTransactionId);
        Assert.Equal(receiptA.Version, (await adminA.ReceiptAsync(receiptA.Id)).Version);
    }
}
