namespace Ledger.Jobs.Commands.Kill;

/// <summary>A statement the client sent: its lines carry the marker K{Number}X, so the database can be asked for them.</summary>
public sealed class SentFile(int number, byte[] bytes, int lines)
{
    public int Number { get; } = number;
    public byte[] Bytes { get; } = bytes;
    public int Lines { get; } = lines;
    public string Marker => $"K{Number}X";
    public string FileName => $"kill-{Number}.csv";
    /// <summary>Set when an answer came back: the import it was taken in (a retry of a stored file answers with duplicates).</summary>
    public Guid? ImportId { get; set; }
}

/// <summary>A request that got no answer (the API died): sent again after the restart, with the same bytes or key.</summary>
public sealed record PendingRequest(string Kind, string Key, Func<Task> Retry);

/// <summary>
/// What the client was told: every import, approval and export the API acknowledged with a 2xx, and what it sent without an
/// answer. The checks hold the database to it: acknowledged means present exactly once.
/// </summary>
public sealed class AckLedger
{
    public List<SentFile> Files { get; } = [];
    /// <summary>Transaction id → the Idempotency-Key of the acknowledged approval (single or bulk).</summary>
    public Dictionary<string, string> Approved { get; } = [];
    public List<string> ExportBatches { get; } = [];
    public List<PendingRequest> Pending { get; } = [];
    /// <summary>Answers of 500 and above: never acceptable, killed or not.</summary>
    public List<string> ServerErrors { get; } = [];
    /// <summary>Refusals (4xx) by request kind and status, with the last body: expected ones (a stale version) and not.</summary>
    public Dictionary<string, (int Count, string Last)> Refused { get; } = [];
    public int Acknowledged => Files.Count(f => f.ImportId is not null) + Approved.Count + ExportBatches.Count;
    public int BulkApprovals { get; set; }
    public int Retried { get; set; }
    public int Unanswered { get; set; }
}
