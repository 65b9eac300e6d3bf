using System.IO.Compression;
using System.Text;
using Ledger.Api.Receipts;
using Microsoft.AspNetCore.Hosting;

namespace Ledger.Integration.Tests.Receipts;

/// <summary>The API on a small receipt limit (4 KB), so a too-large receipt is cheap to make.</summary>
public sealed class SmallReceiptLimitApp : LedgerApp
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ledger:Receipts:MaxFileBytes", "4096");
}

/// <summary>Batch uploads are taken whole; a file that cannot be taken refuses the upload, naming the file and field.</summary>
public class ReceiptUploadTests(SmallReceiptLimitApp app) : IClassFixture<SmallReceiptLimitApp>
{
    static byte[] Zip(params (string Name, byte[] Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(content);
            }
        return buffer.ToArray();
    }

    static readonly byte[] Expenses = Encoding.UTF8.GetBytes("Date,Merchant,Amount,Tax\n2026-11-12,Shell,61.00,\n2026-11-12,FedEx Office,212.40,17.52\n");

    [Fact]
    public async Task A_zip_of_receipts_is_taken_whole_pdf_email_and_each_row_of_an_expense_export()
    {
        var t = await app.OnboardAsync("Receipts Batch Co");
        var admin = app.Client(t.AdminToken);
        await ReceiptBook.ImportStatementAsync(admin);

        var result = await admin.UploadReceiptAsync("november.zip",
            Zip(("hd.pdf", ReceiptBook.HomeDepotPdf()), ("dinner.eml", ReceiptBook.TorchysEmail()), ("expenses.csv", Expenses)));

        Assert.Equal((4, 0, 4), (result.Received, result.Duplicates, result.Matched));
        Assert.Equal(["november.zip/dinner.eml", "november.zip/expenses.csv", "november.zip/expenses.csv", "november.zip/hd.pdf"],
            result.Receipts.Select(r => r.FileName).Order());
        Assert.Equal([2, 3], result.Receipts.Where(r => r.Receipt.Kind == "expense_export").Select(r => r.SourceLine!.Value).Order());

        var again = await admin.UploadReceiptAsync("expenses-again.csv", Expenses);
        Assert.Equal((0, 2), (again.Received, again.Duplicates));
    }

    [Fact]
    public async Task A_bad_file_in_a_zip_refuses_the_upload_naming_it_and_nothing_is_written()
    {
        var t = await app.OnboardAsync("Receipts Refused Co");
        var admin = app.Client(t.AdminToken);

        var response = await admin.UploadReceiptsAsync([("batch.zip", Zip(("hd.pdf", ReceiptBook.HomeDepotPdf()), ("broken.pdf", "not a pdf"u8.ToArray())))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Body()).GetProperty("errors")[0];
        Assert.Equal(("batch.zip/broken.pdf", "file"), (error.GetProperty("file").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(0, (await admin.GetFromJsonAsync<ReceiptPage>("/api/receipts", Json.Options))!.Total);
        Assert.Equal(0, await app.EventCountAsync(t.TenantId) - await OnboardingEventsAsync(t.TenantId));

        var binary = await admin.UploadReceiptsAsync([("blob.bin", new byte[] { 0, 1, 2, 3, 0, 5 })]);
        Assert.Equal(HttpStatusCode.BadRequest, binary.StatusCode);
        var badDate = await admin.UploadReceiptsAsync([("IMG_1.jpg", ReceiptBook.Photo())], new Dictionary<string, string> { ["date"] = "11/12" });
        Assert.Equal("date", (await badDate.Body()).GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_receipt_over_the_size_limit_answers_413_naming_it_and_an_auditor_cannot_upload()
    {
        var t = await app.OnboardAsync("Receipts Large Co");
        var admin = app.Client(t.AdminToken);
        var large = ReceiptBook.Photo().Concat(new byte[5000]).ToArray();

        var response = await admin.UploadReceiptsAsync([("big-scan.jpg", large)]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("big-scan.jpg", (await response.Body()).GetProperty("errors")[0].GetProperty("file").GetString());
        var auditor = app.Client(await Review.ReviewDesk.TokenAsync(admin, "auditor", "audrey"));
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.UploadReceiptsAsync([("hd.pdf", ReceiptBook.HomeDepotPdf())])).StatusCode);
    }

    async Task<long> OnboardingEventsAsync(string tenantId)
    {
        await using var session = app.Store.QuerySession(tenantId);
        return await Marten.QueryableExtensions.CountAsync(session.Events.QueryAllRawEvents().Where(e => !e.StreamKey!.StartsWith("rcpt-")));
    }
}
