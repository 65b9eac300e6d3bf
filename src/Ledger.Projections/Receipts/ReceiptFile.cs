namespace Ledger.Projections.Receipts;

/// <summary>
/// A receipt's bytes, kept in PostgreSQL beside its events (so backup, restore, tenant export and erasure cover them), keyed by
/// the file's SHA-256. An expense export's rows are receipts of their own that share the one file.
/// </summary>
public sealed class ReceiptFile
{
    public string Id { get; set; } = "";
    public string FileName { get; set; } = "";
    public string MediaType { get; set; } = "";
    public long SizeBytes { get; set; }
    public byte[] Content { get; set; } = [];
}
