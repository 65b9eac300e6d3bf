using NodaTime;

namespace Ledger.Domain.Statements;

/// <summary>
/// One transaction as the bank stated it. Amount sign: negative = money out of the account
/// (purchase, withdrawal), positive = money in. Amounts are kept exactly as written (no rounding):
/// a bank that states 13 decimals (OFX money-market dividends) gets them back; the importer decides.
/// </summary>
public sealed record StatementLine(
    int SourceLine,
    LocalDate PostedOn,
    decimal Amount,
    string Payee,
    string? Memo,
    string? FitId,
    string? CheckNumber,
    string? TransactionType,
    string? SourceAccountId)
{
    /// <summary>OFX CORRECTFITID: the FITID of an earlier transaction this one corrects.</summary>
    public string? CorrectsFitId { get; init; }

    /// <summary>OFX CORRECTACTION (REPLACE or DELETE), as given.</summary>
    public string? CorrectionAction { get; init; }

    /// <summary>
    /// The currency the line itself names (a CSV currency column, an OFX transaction's CURRENCY aggregate); null when it names
    /// none. Not part of the line's identity (<see cref="TransactionIds.Fingerprint"/>): the importer refuses a line whose
    /// currency is not the books' (<see cref="StatementCurrency"/>).
    /// </summary>
    public StatedCurrency? Currency { get; init; }
}

/// <summary>A row the reader could not turn into a line. Line = file line (CSV) or STMTTRN ordinal (OFX); 0 = whole file.</summary>
public sealed record StatementError(string File, int Line, string Field, string Message);

public sealed record StatementBalance(decimal Amount, LocalDate AsOf);
