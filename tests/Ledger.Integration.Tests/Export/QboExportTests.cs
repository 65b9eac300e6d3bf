using System.Security.Cryptography;
using Ledger.Domain.Export;
using Ledger.Projections.Export;
using Marten;

namespace Ledger.Integration.Tests.Export;

/// <summary>Each posted entry reaches QuickBooks exactly once, whatever the retries, repeats and races.</summary>
public class QboExportTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static Task<HttpResponseMessage> ExportAsync(HttpClient client, string? key, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/export/qbo") { Content = body is null ? null : JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    static async Task<(int New, int Skipped, string Batch, string File)> ReadAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var b = await response.Body();
        return (b.GetProperty("new").GetInt32(), b.GetProperty("skipped").GetInt32(), b.GetProperty("batch").GetString()!, b.GetProperty("file").GetString()!);
    }

    async Task<List<QboExportCompleted>> BatchesAsync(string tenantId)
    {
        await using var session = app.Store.QuerySession(tenantId);
        return (await session.Events.QueryRawEventDataOnly<QboExportCompleted>().ToListAsync()).ToList();
    }

    [Fact]
    public async Task Export_writes_every_posted_entry_once_and_a_rerun_only_reports_skips()
    {
        var (t, admin, posted) = await app.TenantWithPostedEntriesAsync("Export Once Co");

        var first = await ReadAsync(await ExportAsync(admin, "nov-close-1"));
        Assert.Equal((5, 0), (first.New, first.Skipped));
        Assert.Equal($"/api/export/qbo/{first.Batch}/file", first.File);
        var file = await admin.GetAsync(first.File);
        Assert.Equal("text/csv", file.Content.Headers.ContentType?.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        var csv = System.Text.Encoding.UTF8.GetString(bytes);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(QboJournalCsv.Header, rows[0]);
        Assert.Equal(1 + 2 * 5, rows.Length);
        Assert.All(posted, p => Assert.Equal(2, rows.Count(r => r.StartsWith(QboJournal.NumberFor(p.EntryId) + ","))));
        Assert.Contains(rows, r => r.Contains(",Office Supplies,31.15,,"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), Assert.Single(await BatchesAsync(t.TenantId)).FileSha256);

        var again = await ReadAsync(await ExportAsync(admin, "nov-close-2"));
        Assert.Equal((0, 5), (again.New, again.Skipped));
        Assert.NotEqual(first.Batch, again.Batch);
        Assert.Equal(QboJournalCsv.Header + "\r\n", await admin.GetStringAsync(again.File));
    }

    /// <summary>The documented contract: `curl -X POST /api/export/qbo` → {"new": 5, "skipped": 0}, then again → {"new": 0, "skipped": 5}.</summary>
    [Fact]
    public async Task Without_a_key_each_call_exports_what_is_left_and_a_second_call_finds_nothing_new()
    {
        var (t, admin, posted) = await app.TenantWithPostedEntriesAsync("Keyless Export Co");

        var first = await ReadAsync(await ExportAsync(admin, null));
        Assert.Equal((5, 0), (first.New, first.Skipped));
        var second = await ReadAsync(await ExportAsync(admin, null));
        Assert.Equal((0, 5), (second.New, second.Skipped));
        Assert.NotEqual(first.Batch, second.Batch);
        Assert.Equal(posted.Select(p => p.EntryId).Order(), (await BatchesAsync(t.TenantId)).SelectMany(b => b.EntryIds).Order());
    }

    [Fact]
    public async Task Concurrent_calls_without_a_key_take_each_entry_exactly_once()
    {
        var (t, admin, posted) = await app.TenantWithPostedEntriesAsync("Keyless Race Co");
        var read = await Task.WhenAll((await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ExportAsync(admin, null)))).Select(ReadAsync));

        Assert.Equal(5, read.Sum(r => r.New));
        Assert.Equal(posted.Select(p => p.EntryId).Order(), (await BatchesAsync(t.TenantId)).SelectMany(b => b.EntryIds).Order());
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_same_batch_and_identical_bytes()
    {
        var (t, admin, _) = await app.TenantWithPostedEntriesAsync("Same Key Co");
        var first = await ReadAsync(await ExportAsync(admin, "retry-me"));
        var bytes = await admin.GetByteArrayAsync(first.File);

        // Posting, then retrying the same request later, must not export anything new or change the file.
        app.Clock.Advance(NodaTime.Duration.FromMinutes(5));
        var second = await ReadAsync(await ExportAsync(admin, "retry-me", new { from = "2026-11-04" }));
        Assert.Equal(first, second);
        Assert.Equal(bytes, await admin.GetByteArrayAsync(second.File));
        Assert.Single(await BatchesAsync(t.TenantId));
    }

    [Fact]
    public async Task Two_concurrent_exports_take_each_entry_exactly_once_in_total()
    {
        var (t, admin, posted) = await app.TenantWithPostedEntriesAsync("Race Co");
        var results = await Task.WhenAll(ExportAsync(admin, "race-a"), ExportAsync(admin, "race-b"), ExportAsync(app.Client(t.AdminToken), "race-c"));
        var read = await Task.WhenAll(results.Select(ReadAsync));

        Assert.Equal(5, read.Sum(r => r.New));
        var exported = (await BatchesAsync(t.TenantId)).SelectMany(b => b.EntryIds).ToList();
        Assert.Equal(posted.Select(p => p.EntryId).Order(), exported.Order());
    }

    [Fact]
    public async Task Filters_by_date_and_bank_account_and_a_later_reversal_goes_out_as_a_new_journal()
    {
        var (t, admin, posted) = await app.TenantWithPostedEntriesAsync("Reversal Co");
        var early = await ReadAsync(await ExportAsync(admin, "early", new { to = "2026-11-04" }));
        Assert.Equal(3, early.New);   // 11-03 twice and 11-04 once
        Assert.Equal(0, (await ReadAsync(await ExportAsync(admin, "other-bank", new { bankAccount = "2100" }))).New);
        var rest = await ReadAsync(await ExportAsync(admin, "rest"));
        Assert.Equal((2, 3), (rest.New, rest.Skipped));

        var staples = posted.Single(p => p.Memo.StartsWith("STAPLES"));
        app.Clock.Advance(NodaTime.Duration.FromDays(3));
        var reversal = await app.ReverseAsync(t.TenantId, staples, "rita", "wrong account");
        var later = await ReadAsync(await ExportAsync(admin, "after-reversal"));
        Assert.Equal((1, 5), (later.New, later.Skipped));
        var rows = (await admin.GetStringAsync(later.File)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var number = QboJournal.NumberFor(reversal.ReversalEntryId) + "," + reversal.EntryDate.ToString("MM/dd/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [$"{number},USD,Reversal of {QboJournal.NumberFor(staples.EntryId)}: wrong account,Office Supplies,,31.15,STAPLES 00123 SPRINGFIELD IL,,,",
             $"{number},USD,Reversal of {QboJournal.NumberFor(staples.EntryId)}: wrong account,Business Checking,31.15,,STAPLES 00123 SPRINGFIELD IL,,,"],
            rows[1..]);
    }

    [Fact]
    public async Task Auditors_read_the_file_but_cannot_export_and_other_tenants_cannot_see_it()
    {
        var (_, admin, _) = await app.TenantWithPostedEntriesAsync("Audited Co");
        var batch = await ReadAsync(await ExportAsync(admin, "for-the-auditor"));
        var issued = await admin.PostAsJsonAsync("/api/tokens", new { role = "auditor", issuedTo = "ann" });
        var auditor = app.Client((await issued.Body()).GetProperty("token").GetString()!);

        Assert.Equal(await admin.GetByteArrayAsync(batch.File), await auditor.GetByteArrayAsync(batch.File));
        Assert.Equal(HttpStatusCode.Forbidden, (await ExportAsync(auditor, "auditor-try")).StatusCode);

        var other = await app.OnboardAsync("Nosy Neighbour Co");
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client(other.AdminToken).GetAsync(batch.File)).StatusCode);
    }

    /// <summary>The database, not the endpoint's read, is what makes export exactly-once: a second batch naming an entry cannot commit.</summary>
    [Fact]
    public async Task The_export_ledger_refuses_a_second_batch_for_the_same_entry_and_keeps_nothing_of_it()
    {
        var t = await app.OnboardAsync("Ledger Key Co");
        var entry = Guid.NewGuid();
        QboExportCompleted Batch(string id) => new(id, [entry], 0, "sha", null, null, null, "test", app.Clock.GetCurrentInstant());
        await using var first = app.Store.LightweightSession(t.TenantId);
        await using var second = app.Store.LightweightSession(t.TenantId);
        first.Events.StartStream<QboExportBatch>("qbo-first", Batch("qbo-first"));
        second.Events.StartStream<QboExportBatch>("qbo-second", Batch("qbo-second"));
        await first.SaveChangesAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => second.SaveChangesAsync());

        await using var query = app.Store.QuerySession(t.TenantId);
        Assert.Null(await query.Events.FetchStreamStateAsync("qbo-second"));
        Assert.Equal("qbo-first", (await query.LoadAsync<ExportLedgerEntry>(entry))!.BatchId);
    }
}
