using System.IO.Compression;
using Npgsql;

namespace Ledger.Api.Receipts;

/// <summary>
/// A tenant export carries each receipt file as it was sent (receipts/&lt;sha256&gt;/&lt;name&gt;), besides the
/// receiptfile documents whose JSON holds the same bytes in base64: a client opens the PDF without decoding anything.
/// </summary>
public static class ReceiptArchive
{
    public static async Task<int> WriteAsync(ZipArchive zip, NpgsqlConnection conn, string tenant, CancellationToken ct)
    {
        var count = 0;
        await using var cmd = new NpgsqlCommand(
            $"select id, data ->> 'FileName', data ->> 'Content' from {Ledger.Projections.LedgerStore.Schema}.mt_doc_receiptfile where tenant_id = @t order by id", conn);
        cmd.Parameters.AddWithValue("t", tenant);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var name = string.Concat(Path.GetFileName(reader.GetString(1).Replace('\\', '/')).Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
            await using var entry = zip.CreateEntry($"receipts/{reader.GetString(0)}/{(name.Length == 0 ? "receipt" : name)}", CompressionLevel.Optimal).Open();
            await entry.WriteAsync(Convert.FromBase64String(reader.GetString(2)), ct);
            count++;
        }
        return count;
    }
}
