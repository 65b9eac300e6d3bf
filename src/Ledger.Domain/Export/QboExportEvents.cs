using NodaTime;

namespace Ledger.Domain.Export;

/// <summary>
/// One QBO export batch (stream id derived from the request's idempotency key): which entries went out, how many
/// were skipped because an earlier batch had them, the file's SHA-256, the filter asked for, who and when.
/// </summary>
public sealed record QboExportCompleted(
    string BatchId, IReadOnlyList<Guid> EntryIds, int SkippedCount, string FileSha256,
    LocalDate? From, LocalDate? To, string? BankAccount, string By, Instant At);
