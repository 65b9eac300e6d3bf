using NodaTime;

namespace Ledger.Domain.Statements;

/// <summary>One statement file taken in: what it was, what it held, and what was new.</summary>
public sealed record StatementImported(
    Guid ImportId,
    string BankAccountCode,
    string FileName,
    string Sha256,
    string Format,
    int LinesRead,
    int Imported,
    int Duplicates,
    int FitIdReused,
    IReadOnlyList<string> Skipped,
    LocalDate? From,
    LocalDate? To,
    decimal? LedgerBalance,
    LocalDate? LedgerBalanceAsOf,
    string? Currency,
    string ImportedBy,
    Instant At);

/// <summary>
/// A bank or card transaction as the bank stated it. Amount is signed from the account's view: negative = money out of a
/// bank account, or a charge on a card. The stream id is deterministic (see <see cref="TransactionIds"/>).
/// </summary>
public sealed record TransactionImported(
    string TransactionId,
    Guid ImportId,
    string BankAccountCode,
    LocalDate PostedOn,
    decimal Amount,
    string Payee,
    string? Memo,
    string? FitId,
    string? CheckNumber,
    string? TransactionType,
    string Fingerprint,
    bool FitIdReused,
    int SourceLine,
    Instant At);

/// <summary>
/// This transaction and one in another of the tenant's own accounts are the two legs of one transfer (same amount, opposite
/// sign, a few days apart). Appended to both streams, each from its own view, so the decision pipeline books one
/// bank-to-bank entry for the pair instead of two expenses or incomes. Amount and PostedOn are this transaction's.
/// </summary>
public sealed record TransferPairDetected(
    string TransactionId,
    string CounterpartTransactionId,
    string CounterpartBankAccountCode,
    decimal Amount,
    LocalDate PostedOn,
    LocalDate CounterpartPostedOn,
    Instant At);
