using Ledger.Domain;
using NodaTime;

namespace Ledger.Api.Import;

public sealed record ImportRequest(string TenantId, string BankAccountCode, string FileName, Stream Content, string ImportedBy, string? OfxAccountId = null);

public sealed record ImportResult(
    Guid ImportId, string File, string Format, string Sha256, int Imported, int Duplicates, int FitIdReused,
    IReadOnlyList<string> Skipped, LocalDate? From, LocalDate? To, decimal? LedgerBalance, int TransfersDetected = 0);

/// <summary>Thrown when a file is larger than the configured limit; the API answers 413.</summary>
public sealed class StatementTooLargeException(string message) : DomainException(message);

/// <param name="ChunkRows">Lines planned and written per step of the second pass: memory per import is about this many rows.</param>
public sealed record ImportLimits(long MaxFileBytes, int MaxRows, int ChunkRows = ImportLimits.DefaultChunkRows)
{
    public const int DefaultChunkRows = 5_000;
}
