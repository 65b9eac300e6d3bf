using Ledger.Api.Receipts;

namespace Ledger.Integration.Tests.Receipts;

/// <summary>Receipts sent over HTTP are read, matched to the card lines they support, and a reviewer settles what the matcher cannot.</summary>
public class ReceiptMatchingTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    async Task<(string TenantId, HttpClient Admin)> TenantWithStatementAsync(string name)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        await ReceiptBook.ImportStatementAsync(admin);
        return (t.TenantId, admin);
    }

    [Fact]
    public async Task A_pdf_receipt_is_read_and_matched_exactly_and_the_same_pdf_again_is_the_same_receipt()
    {
        var (tenant, admin) = await TenantWithStatementAsync("Receipts Exact Co");
        var homeDepot = await ReceiptBook.TransactionIdAsync(app, tenant, "THE HOME DEPOT");

        var first = await admin.UploadReceiptAsync("hd-0503.pdf", ReceiptBook.HomeDepotPdf());
        var receipt = Assert.Single(first.Receipts).Receipt;
        Assert.Equal((1, 0, 1), (first.Received, first.Duplicates, first.Matched));
        Assert.Equal(("The Home Depot", new NodaTime.LocalDate(2026, 11, 3), 123.46m, 9.41m), (receipt.Merchant, receipt.Date!.Value, receipt.Total!.Value, receipt.Tax!.Value));
        Assert.Equal(homeDepot, receipt.MatchedTransactionId);
        Assert.Equal("auto", receipt.MatchedBy);
        Assert.Contains("amount 123.46 equals the receipt total", receipt.MatchReasons);

        var again = await admin.UploadReceiptAsync("copy-of-hd.pdf", ReceiptBook.HomeDepotPdf());
        Assert.Equal((0, 1), (again.Received, again.Duplicates));
        Assert.Equal(receipt.Id, again.Receipts[0].ReceiptId);
        var list = await admin.GetFromJsonAsync<ReceiptPage>("/api/receipts", Json.Options);
        Assert.Equal(1, list!.Total);

        var file = await admin.GetAsync(receipt.File);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ReceiptBook.HomeDepotPdf(), await file.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_emailed_restaurant_receipt_matches_the_card_line_that_carries_the_tip()
    {
        var (tenant, admin) = await TenantWithStatementAsync("Receipts Tip Co");

        var result = await admin.UploadReceiptAsync("torchys.eml", ReceiptBook.TorchysEmail());

        var receipt = result.Receipts[0].Receipt;
        Assert.Equal("email", receipt.Kind);
        Assert.Equal(48.50m, receipt.Total);
        Assert.Equal(await ReceiptBook.TransactionIdAsync(app, tenant, "TST* TORCHYS"), receipt.MatchedTransactionId);
        Assert.Contains(receipt.MatchReasons, r => r.Contains("plus a tip of 9.70"));
    }

    [Fact]
    public async Task An_ambiguous_receipt_waits_with_its_possible_matches_until_a_reviewer_matches_it_and_an_unmatch_sticks()
    {
        var (tenant, admin) = await TenantWithStatementAsync("Receipts Ambiguous Co");
        var first = await ReceiptBook.TransactionIdAsync(app, tenant, "AMAZON MKTPL*2K4");
        var second = await ReceiptBook.TransactionIdAsync(app, tenant, "AMAZON MKTPL*9Z1");

        var receipt = (await admin.UploadReceiptAsync("amazon.pdf", ReceiptBook.AmazonPdf())).Receipts[0].Receipt;
        Assert.Equal("unmatched", receipt.Status);
        var possible = await admin.GetFromJsonAsync<PossibleMatches>($"/api/receipts/{receipt.Id}/possible-matches", Json.Options);
        Assert.True(possible!.Ambiguous);
        Assert.Equal([first, second], possible.Candidates.Select(c => c.TransactionId).Order());

        var match = await admin.PostAsJsonAsync($"/api/receipts/{receipt.Id}/match", new { transactionId = second, version = receipt.Version });
        Assert.True(match.IsSuccessStatusCode, await match.Content.ReadAsStringAsync());
        var matched = (await match.Content.ReadFromJsonAsync<ReceiptDetails>(Json.Options))!;
        Assert.Equal(second, matched.MatchedTransactionId);
        Assert.NotEqual("auto", matched.MatchedBy);
        Assert.Contains($"matched by {matched.MatchedBy}", matched.MatchReasons);

        var stale = await admin.PostAsJsonAsync($"/api/receipts/{receipt.Id}/unmatch", new { reason = "wrong order", version = receipt.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var unmatch = await admin.PostAsJsonAsync($"/api/receipts/{receipt.Id}/unmatch", new { reason = "wrong order", version = matched.Version });
        Assert.True(unmatch.IsSuccessStatusCode, await unmatch.Content.ReadAsStringAsync());
        var after = await admin.ReceiptAsync(receipt.Id);
        Assert.Null(after.MatchedTransactionId);
        Assert.Equal([second], after.RejectedTransactionIds);
        possible = await admin.GetFromJsonAsync<PossibleMatches>($"/api/receipts/{receipt.Id}/possible-matches", Json.Options);
        Assert.True(possible!.Candidates.Single(c => c.TransactionId == second).RejectedByReviewer);
    }

    [Fact]
    public async Task A_photo_waits_for_its_fields_and_is_matched_once_a_reviewer_enters_them()
    {
        var (tenant, admin) = await TenantWithStatementAsync("Receipts Photo Co");

        var photo = (await admin.UploadReceiptAsync("IMG_0042.jpg", ReceiptBook.Photo())).Receipts[0].Receipt;
        Assert.Equal(("image", "needs_fields"), (photo.Kind, photo.Status));

        var put = await admin.PutAsJsonAsync($"/api/receipts/{photo.Id}/fields", new { merchant = "Shell", date = "2026-11-11", total = 61.00m });
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        var entered = (await put.Content.ReadFromJsonAsync<ReceiptDetails>(Json.Options))!;
        Assert.Equal(await ReceiptBook.TransactionIdAsync(app, tenant, "SHELL OIL"), entered.MatchedTransactionId);
        Assert.StartsWith("entered by ", entered.Facts.Total!.How);

        var named = await admin.UploadReceiptAsync("2026-11-12_FEDEX-OFFICE_212.40.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        Assert.Equal(await ReceiptBook.TransactionIdAsync(app, tenant, "FEDEX OFFICE"), named.Receipts[0].Receipt.MatchedTransactionId);
    }

    [Fact]
    public async Task A_receipt_sent_before_its_statement_is_matched_when_the_statement_is_imported()
    {
        var t = await app.OnboardAsync("Receipts Early Co");
        var admin = app.Client(t.AdminToken);
        var receipt = (await admin.UploadReceiptAsync("hd.pdf", ReceiptBook.HomeDepotPdf())).Receipts[0].Receipt;
        Assert.Equal("unmatched", receipt.Status);

        await ReceiptBook.ImportStatementAsync(admin);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        ReceiptDetails now;
        do
        {
            await Task.Delay(200);
            now = await admin.ReceiptAsync(receipt.Id);
        } while (now.MatchedTransactionId is null && DateTime.UtcNow < deadline);
        Assert.Equal(await ReceiptBook.TransactionIdAsync(app, t.TenantId, "THE HOME DEPOT"), now.MatchedTransactionId);
        Assert.Equal("auto", now.MatchedBy);
    }
}
