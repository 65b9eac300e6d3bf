using System.Text;
using Ledger.Api.Review;
using Ledger.Integration.Tests.Review;
using Npgsql;

namespace Ledger.Integration.Tests.Operations;

/// <summary>Every tenant document table (Marten's own envelope and dead-letter tables have no tenant) of the ledger schema as canonical text, and the facts a rebuild must never change.</summary>
public static class ReadModels
{
    /// <summary>One canonical text per document table (<see cref="Ledger.Api.Operations.ReadModelSnapshot"/>).</summary>
    public static Task<SortedDictionary<string, string>> SnapshotAsync(string connectionString) => Ledger.Api.Operations.ReadModelSnapshot.TakeAsync(connectionString);

    /// <summary>Events per type (decisions, exports, LLM calls included) and the decision relay's progression.</summary>
    public static async Task<string> SideEffectsAsync(string connectionString)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        var types = await ListAsync(conn, "select type || '=' || count(*) from ledger.mt_events group by type order by type");
        var relay = await ListAsync(conn, "select name || '@' || coalesce(last_seq_id, 0) from ledger.mt_event_progression where name like 'decisions%' order by 1");
        return string.Join('\n', types) + "\nrelay: " + string.Join(',', relay);
    }

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    static async Task<List<string>> ListAsync(NpgsqlConnection conn, string sql)
    {
        var list = new List<string>();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync()) list.Add(reader.GetString(0));
        return list;
    }

    /// <summary>A decided history: labels, training, an auto-posted statement, a reviewer's approval, a receipt, a QBO export.</summary>
    public static async Task<string> BuildHistoryAsync(LedgerApp app, string name)
    {
        var (t, admin, _) = await app.TenantWithPostedEntriesAsync(name);
        var reviewer = app.Client(await ReviewDesk.TokenAsync(admin, "reviewer", "rita"));
        var queue = (await admin.GetFromJsonAsync<ReviewQueuePage>("/api/review/queue", Json.Options))!;
        var item = Assert.Single(queue.Items);
        var approve = await ReviewDesk.ActAsync(reviewer, item.TransactionId, "approve", new { version = item.Version });
        Assert.True(approve.IsSuccessStatusCode, await approve.Content.ReadAsStringAsync());
        // A receipt (file, events, inline snapshot) travels with the rest through backup, restore, rebuild, export and erasure.
        var receipt = await reviewer.UploadReceiptAsync("staples.pdf", Ledger.Domain.Receipts.Samples.ReceiptDocuments.Pdf(
            Ledger.Domain.Receipts.Samples.ReceiptDocuments.Lines("Staples", new NodaTime.LocalDate(2026, 11, 3), 28.77m, 2.38m)));
        Assert.NotNull(receipt.Receipts[0].Receipt.MatchedTransactionId);
        using var export = new HttpRequestMessage(HttpMethod.Post, "/api/export/qbo");
        export.Headers.Add("Idempotency-Key", "ops-close-1");
        var exported = await admin.SendAsync(export);
        Assert.True(exported.IsSuccessStatusCode, await exported.Content.ReadAsStringAsync());
        await app.CatchUpAsync();
        return t.TenantId;
    }
}
