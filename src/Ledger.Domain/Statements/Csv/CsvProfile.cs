namespace Ledger.Domain.Statements.Csv;

/// <summary>
/// An explicit column mapping for one bank's CSV export, stored as JSON per bank account. When given
/// to StatementReaders.Open it is used as is: no detection. A column is named by its header text
/// (case-insensitive, trimmed) or by its 0-based index written as digits ("0", "3").
/// Amounts come from AmountColumn (signed) or from DebitColumn/CreditColumn. DatePattern uses
/// d/M/y letters ("MM/dd/yyyy", "dd.MM.yy", "yyyy-MM-dd", "dd-MMM-yyyy"): only the order of day,
/// month and year and two-digit years matter; separators and one-digit days/months are accepted.
/// </summary>
public sealed record CsvProfile(
    string Name,
    string DateColumn,
    string DatePattern,
    IReadOnlyList<string> DescriptionColumns,
    string? AmountColumn = null,
    string? DebitColumn = null,
    string? CreditColumn = null,
    bool DebitValuesArePositive = true,
    char Delimiter = ',',
    bool HasHeader = true,
    char DecimalSeparator = '.',
    int SkipLines = 0,
    string? MemoColumn = null,
    string? FitIdColumn = null,
    string? CheckNumberColumn = null,
    string? TypeColumn = null,
    // Unsigned amounts plus a column saying debit/credit (Mint "Transaction Type", Amex "CR"):
    // "debit"/"dr"/empty make the amount negative, "credit"/"cr" positive.
    string? DebitCreditColumn = null,
    // Card exports that list purchases as positive numbers: flip every amount.
    bool InvertSign = false,
    string? CurrencyColumn = null,
    // The bank's running balance after each row, when the export has one: kept as the statement's balances and checked.
    string? BalanceColumn = null);
