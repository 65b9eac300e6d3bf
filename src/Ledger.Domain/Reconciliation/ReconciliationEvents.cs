using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Reconciliation;

/// <summary>
/// The bank's own figures of one imported statement, on the import's stream after <see cref="StatementImported"/> (which keeps
/// its LedgerBalance as before). Opening is known from a CSV running balance; Closing is OFX LEDGERBAL or the running balance
/// after the last line; Available is OFX AVAILBAL. LinesTotal is the sum of every line of the file, duplicates included.
/// </summary>
public sealed record StatementBalancesRecorded(
    Guid ImportId, string BankAccountCode, string FileName, LocalDate? PeriodStart, LocalDate? PeriodEnd,
    LocalDate? FirstLine, LocalDate? LastLine, StatementBalance? Opening, StatementBalance? Closing, StatementBalance? Available,
    decimal LinesTotal, int Lines, IReadOnlyList<string> ArithmeticBreaks, Instant At);

/// <summary>
/// An account's balance before the first imported statement, booked as an ordinary balanced entry against equity so book
/// balances can equal bank balances from the start. Its own stream (<see cref="OpeningBalances.StreamId"/>), once per account.
/// </summary>
public sealed record OpeningBalanceEntered(
    Guid EntryId, string BankAccountCode, string EquityAccountCode, LocalDate AsOf, decimal Amount, IReadOnlyList<JournalLine> Lines,
    string Source, string By, Instant At);

/// <summary>A reviewer's word that the books agree with (or differ by the stated amount from) the bank on a statement date.</summary>
public sealed record AccountReconciled(
    string BankAccountCode, LocalDate StatementDate, decimal BankBalance, decimal BookBalance, decimal Difference, decimal Unexplained,
    int BankLines, int Items, string? Note, string By, Instant At);

public static class ReconciliationStreams
{
    /// <summary>Every reconciliation of a tenant, one stream: the pilot metric and the period close read them together.</summary>
    public const string Reconciliations = "reconciliations";
}
