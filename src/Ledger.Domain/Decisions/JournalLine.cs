namespace Ledger.Domain.Decisions;

/// <summary>
/// One line of a journal entry. Exactly one of <paramref name="Debit"/> / <paramref name="Credit"/> is
/// non-zero for lines this domain produces; both are non-negative so "which side" is never encoded in a sign.
/// </summary>
public sealed record JournalLine(string AccountCode, decimal Debit, decimal Credit, string? Memo);
