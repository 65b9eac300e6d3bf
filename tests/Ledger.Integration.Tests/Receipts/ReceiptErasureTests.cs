using System.IO.Compression;
using Ledger.Api.Operations;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ledger.Integration.Tests.Receipts;

/// <summary>Receipts imported from disk leave with the tenant's export and go with its erasure, and only its own.</summary>
public class ReceiptErasureTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Receipts_imported_by_the_cli_are_in_the_tenant_export_and_gone_after_tenant_delete()
    {
        var gone = await app.OnboardAsync("Receipts Erase Me");
        var kept = await app.OnboardAsync("Receipts Keep Me");
        await ReceiptBook.ImportStatementAsync(app.Client(gone.AdminToken));
        var folder = Directory.CreateTempSubdirectory("receipts-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "hd.pdf"), ReceiptBook.HomeDepotPdf());
        await File.WriteAllBytesAsync(Path.Combine(folder, "dinner.eml"), ReceiptBook.TorchysEmail());
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.pdf"), "not a receipt");
        var keptReceipt = (await app.Client(kept.AdminToken).UploadReceiptAsync("hd.pdf", ReceiptBook.HomeDepotPdf())).Receipts[0].ReceiptId;

        var import = await JobsCli.RunAsync(app.ConnectionString, "receipts", "import", "--tenant", gone.TenantId, "--dir", folder);
        Assert.True(import.ExitCode != 0, "a refused file makes the run fail: " + import.Output);
        Assert.Contains("2 receipts received", import.Output);
        Assert.Contains("2 matched", import.Output);
        Assert.Contains("notes.pdf", import.Output);
        var again = await JobsCli.RunAsync(app.ConnectionString, "receipts", "import", "--tenant", gone.TenantId, "--file", Path.Combine(folder, "hd.pdf"));
        Assert.True(again.ExitCode == 0 && again.Output.Contains("1 already held"), again.Output);

        var zipPath = Path.Combine(folder, "export.zip");
        var export = await JobsCli.RunAsync(app.ConnectionString, "tenant-export", "--tenant", gone.TenantId, "--out", zipPath);
        Assert.True(export.ExitCode == 0, export.Output);
        using (var archive = ZipFile.OpenRead(zipPath))
        {
            var pdf = archive.Entries.Single(e => e.FullName.StartsWith("receipts/") && e.Name == "hd.pdf");
            using var content = new MemoryStream();
            await pdf.Open().CopyToAsync(content);
            Assert.Equal(ReceiptBook.HomeDepotPdf(), content.ToArray());
            using var events = new StreamReader(archive.GetEntry("events.jsonl")!.Open());
            Assert.Contains("\"receipt_matched\"", await events.ReadToEndAsync());
        }

        var erase = await JobsCli.RunAsync(app.ConnectionString, "tenant-delete", "--tenant", gone.TenantId, "--confirm", "--by", "ops-test");
        Assert.True(erase.ExitCode == 0, erase.Output);
        await using var conn = await app.Host.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        var counts = await TenantTables.CountAsync(conn, gone.TenantId, default);
        Assert.Contains("mt_doc_receiptfile", counts.Keys);
        Assert.All(counts, c => Assert.True(c.Value == 0, $"{c.Key} still has {c.Value} rows"));
        Assert.Equal(HttpStatusCode.OK, (await app.Client(kept.AdminToken).GetAsync($"/api/receipts/{keptReceipt}/file")).StatusCode);
        Directory.Delete(folder, recursive: true);
    }
}
