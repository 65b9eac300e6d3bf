using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Ledger.Domain.Export;
using Npgsql;

namespace Ledger.Api.Operations;

/// <summary>
/// Everything the ledger holds for one tenant in one zip, in plain formats (JSON lines, CSV, a README), so a client
/// or an auditor can read it without this software.
/// </summary>
public static class TenantArchive
{
    public static async Task<(int Events, int Documents, int Exports)> WriteAsync(Marten.IDocumentStore store, string tenant, Stream output, CancellationToken ct)
    {
        await using var conn = await Ledger.Projections.TenantDatabases.OpenTenantConnectionAsync(store, tenant, ct);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var events = await JsonLinesAsync(zip, "events.jsonl", conn, tenant,
            "select json_build_object('seq', seq_id, 'stream', stream_id, 'version', version, 'type', type, 'timestamp', timestamp, " +
            "'user', user_name, 'correlationId', correlation_id, 'causationId', causation_id, 'data', data)::text " +
            "from ledger.mt_events where tenant_id = @t order by seq_id", ct);
        var documents = 0;
        foreach (var table in (await TenantTables.ListAsync(conn, ct)).Where(t => t.StartsWith("mt_doc_", StringComparison.Ordinal)))
            documents += await JsonLinesAsync(zip, $"documents/{table["mt_doc_".Length..]}.jsonl", conn, tenant,
                $"select json_build_object('id', id, 'data', data)::text from ledger.{table} where tenant_id = @t order by id", ct);

        var exports = 0;
        await using (var cmd = Command(conn, tenant, "select id, data ->> 'Csv' from ledger.mt_doc_qboexportfile where tenant_id = @t order by id"))
        await using (var reader = await cmd.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                await WriteTextAsync(zip, $"qbo-exports/{reader.GetString(0)}.csv", reader.IsDBNull(1) ? "" : QboJournalCsv.Neutralise(reader.GetString(1)));
                exports++;
            }
        var receipts = await Ledger.Api.Receipts.ReceiptArchive.WriteAsync(zip, conn, tenant, ct);
        await WriteTextAsync(zip, "README.txt", Readme(tenant, events, documents, exports) + ReceiptsReadme(receipts));
        return (events, documents, exports);
    }

    static async Task<int> JsonLinesAsync(ZipArchive zip, string name, NpgsqlConnection conn, string tenant, string sql, CancellationToken ct)
    {
        var count = 0;
        await using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        await using var cmd = Command(conn, tenant, sql);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // Re-serialised compactly so every line is one JSON value whatever PostgreSQL's spacing was.
            using var doc = JsonDocument.Parse(reader.GetString(0));
            await writer.WriteAsync(JsonSerializer.Serialize(doc.RootElement) + "\n");
            count++;
        }
        return count;
    }

    static NpgsqlCommand Command(NpgsqlConnection conn, string tenant, string sql)
    {
        var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("t", tenant);
        return cmd;
    }

    static async Task WriteTextAsync(ZipArchive zip, string name, string text)
    {
        await using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        await writer.WriteAsync(text);
    }

    static string ReceiptsReadme(int receipts) => $"""

        receipts/*/*        {receipts} receipt files exactly as they were sent, one folder per file (its SHA-256); the
                            receipt_* events say what was read from each and which transaction it supports.
        """;

    static string Readme(string tenant, int events, int documents, int exports) => $$"""
        AIBookkeeper Ledger: data export of tenant {{tenant}}
        =====================================================

        events.jsonl        {{events}} events, oldest first: every fact the ledger recorded for this tenant. One JSON
                            object per line: seq (global order), stream (the transaction, statement, tenant, ...
                            it belongs to), version (position within that stream), type (snake_case event name,
                            e.g. transaction_imported, category_proposed, journal_entry_posted), timestamp (UTC,
                            when it was stored), user (who or what caused it, e.g. "autopost"), correlationId,
                            causationId, data (the event's fields).
        documents/*.jsonl   {{documents}} documents: the read models derived from the events (transaction views, the
                            review queue, journal entries, trial balance, metrics, ...) and stored settings (bank
                            account CSV profiles, trained model artifacts, export files). One {"id", "data"} per
                            line; one file per document type.
        qbo-exports/*.csv   {{exports}} QuickBooks journal-import files as the API hands them out, one per batch.
                            A text cell that a spreadsheet would run as a formula (it begins with =, +, -, @,
                            tab or CR) starts with an apostrophe; events.jsonl holds the original text.

        Money amounts are decimal numbers in the account currency; dates are ISO 8601 (yyyy-MM-dd); instants are UTC.
        API token documents hold only SHA-256 hashes of tokens, never a token itself.
        """;
}
