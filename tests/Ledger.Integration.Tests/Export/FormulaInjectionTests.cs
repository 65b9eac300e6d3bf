using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Ledger.Api.Operations;
using Ledger.Domain.Export;
using Ledger.Domain.Statements;
using Ledger.Integration.Tests.Review;
using Ledger.Jobs.Commands.Shadow;
using Ledger.Projections.Export;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ledger.Integration.Tests.Export;

/// <summary>
/// Issue #16, part 5: bank descriptions named by a hostile counterparty were approved, exported and carried verbatim
/// into the QBO CSV, where a spreadsheet runs them. Every CSV the product writes now neutralises them; the events keep
/// the text as the bank sent it.
/// </summary>
public class FormulaInjectionTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static readonly string[] Hostile = ["=HYPERLINK(\"http://evil.example/x\";\"click\")", "+SUM(1;2) CAFE", "@cmd|' /C calc'!A0"];

    static string Statement() => "Date,Description,Amount\n" + string.Concat(Hostile.Select((d, i) =>
        $"2026-11-0{3 + i},\"{d.Replace("\"", "\"\"")}\",-{12 + i}.50\n"));

    [Fact]
    public async Task Approved_and_exported_hostile_descriptions_reach_every_csv_as_text_and_the_events_keep_them()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Formula Co", Statement(), Hostile.Length);
        var queue = (await desk.QueueAsync()).Items;
        var approve = await desk.Reviewer.PostAsJsonAsync("/api/review/bulk-approve",
            new { items = queue.Select(i => new { id = i.TransactionId, version = i.Version }) });
        Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());

        var export = new HttpRequestMessage(HttpMethod.Post, "/api/export/qbo");
        export.Headers.Add("Idempotency-Key", "formula-1");
        var batch = (await (await desk.Admin.SendAsync(export)).Body()).GetProperty("batch").GetString()!;
        var served = await desk.Admin.GetStringAsync($"/api/export/qbo/{batch}/file");
        foreach (var d in Hostile)
        {
            Assert.DoesNotContain("," + SpreadsheetCsv.Quote(d) + ",", served);
            Assert.Equal(4, Occurrences(served, "," + SpreadsheetCsv.Quote("'" + d) + ","));   // Memo and Description, two rows each
        }
        Assert.Contains(",12.50,,", served);   // the amounts are numbers as before
        Assert.Contains(",,14.50,", served);

        await using (var session = app.Store.QuerySession(desk.Tenant.TenantId))
        {
            var imported = await session.Events.QueryRawEventDataOnly<TransactionImported>().ToListAsync();
            Assert.Equal(Hostile.Order(), imported.Select(e => e.Payee).Order());
        }

        var zip = new MemoryStream();
        await TenantArchive.WriteAsync(app.Store, desk.Tenant.TenantId, zip, default);
        using (var archive = new ZipArchive(new MemoryStream(zip.ToArray())))
        {
            Assert.Equal(served, Read(archive, $"qbo-exports/{batch}.csv"));
            var payees = Read(archive, "events.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("data"))
                .Where(d => d.TryGetProperty("Payee", out _)).Select(d => d.GetProperty("Payee").GetString());
            Assert.Contains("@cmd|' /C calc'!A0", payees);
        }

        await app.CatchUpAsync();
        var dir = Path.Combine(Path.GetTempPath(), "formula-" + Guid.NewGuid().ToString("N"));
        try
        {
            var report = await ShadowReport.WriteAsync(app.Store, desk.Tenant.TenantId, "7d", app.Clock.GetCurrentInstant(), dir, 0.05, TextWriter.Null, default);
            var csv = await File.ReadAllTextAsync(report.Files.Single(f => f.EndsWith(".csv") && f.Contains("shadow_report_")));
            Assert.All(Hostile, d => Assert.Contains("," + SpreadsheetCsv.Quote("'" + d) + ",-1", csv));   // then the amount, a number
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public async Task A_file_stored_before_the_fix_is_served_neutralised_the_same_bytes_every_time()
    {
        var t = await app.OnboardAsync("Old Export Co");
        const string old = QboJournalCsv.Header + "\r\nJE-1,11/03/2026,USD,=1+1,Office Supplies,12.50,,@SUM(A1),,,\r\n";
        await using (var session = app.Store.LightweightSession(t.TenantId))
        {
            session.Insert(new QboExportFile { Id = "qbo-old", Csv = old, Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(old))) });
            await session.SaveChangesAsync();
        }
        var admin = app.Client(t.AdminToken);
        var first = await admin.GetAsync("/api/export/qbo/qbo-old/file");
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(QboJournalCsv.Header + "\r\nJE-1,11/03/2026,USD,'=1+1,Office Supplies,12.50,,'@SUM(A1),,,\r\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"", first.Headers.ETag?.Tag);
        Assert.Equal(bytes, await admin.GetByteArrayAsync("/api/export/qbo/qbo-old/file"));
    }

    [Fact]
    public async Task A_chart_account_named_like_a_formula_is_refused()
    {
        var t = await app.OnboardAsync("Chart Formula Co");
        var refused = await app.Client(t.AdminToken).PostAsJsonAsync("/api/accounts", new { code = "6999", name = "=cmd|' /C calc'!A0", type = "Expense" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    static string Read(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
