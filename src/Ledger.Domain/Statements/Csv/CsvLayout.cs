namespace Ledger.Domain.Statements.Csv;

/// <summary>A profile resolved against one file: column indexes (-1 = absent), date order, separators.</summary>
internal sealed class CsvLayout
{
    public char Delimiter = ',';
    public char DecimalSeparator = '.';
    /// <summary>Records starting on or before this line are not data (title lines, the header).</summary>
    public int DataAfterLine;
    public DateOrder? Order;
    public int Date = -1, Amount = -1, Debit = -1, Credit = -1, DebitCredit = -1;
    public int Memo = -1, FitId = -1, Check = -1, Type = -1, Currency = -1;
    public int[] Payees = [];
    public bool DebitPositive = true;
    public bool InvertSign;
    public string[] Header = [];

    /// <summary>What an error calls a column: its header text, else "column N" (1-based).</summary>
    public string FieldName(int index) =>
        index >= 0 && index < Header.Length && Header[index].Length > 0 ? Header[index] : $"column {(long)index + 1}";

    /// <summary>The profile's columns found in the file's header (on line <paramref name="headerLine"/>).</summary>
    public static CsvLayout FromProfile(string fileName, CsvProfile p, IReadOnlyList<string> header, int headerLine)
    {
        var layout = new CsvLayout
        {
            fileName = fileName,
            headerLine = Math.Max(1, headerLine),
            Delimiter = p.Delimiter,
            DecimalSeparator = p.DecimalSeparator,
            Order = CsvDates.OrderOf(p.DatePattern),
            DebitPositive = p.DebitValuesArePositive,
            InvertSign = p.InvertSign,
            Header = [.. header],
        };
        layout.Date = layout.Resolve(p.DateColumn, required: true);
        layout.Amount = layout.Resolve(p.AmountColumn);
        layout.Debit = layout.Resolve(p.DebitColumn);
        layout.Credit = layout.Resolve(p.CreditColumn);
        layout.DebitCredit = layout.Resolve(p.DebitCreditColumn);
        layout.Memo = layout.Resolve(p.MemoColumn);
        layout.FitId = layout.Resolve(p.FitIdColumn);
        layout.Check = layout.Resolve(p.CheckNumberColumn);
        layout.Type = layout.Resolve(p.TypeColumn);
        layout.Currency = layout.Resolve(p.CurrencyColumn);
        layout.Payees = [.. p.DescriptionColumns.Select(c => layout.Resolve(c, required: true))];
        if (layout.Amount < 0 && layout.Debit < 0 && layout.Credit < 0)
            throw new StatementFormatException([new(fileName, layout.headerLine, "amountColumn",
                $"Profile '{p.Name}' names no amount column and no debit/credit columns found in the file's header (line {layout.headerLine}).")]);
        return layout;
    }

    private string fileName = "";
    private int headerLine = 1;

    private int Resolve(string? column, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(column)) return -1;
        // A column by number (0-based, as the profile stores it); a number too large for any file is simply not there.
        if (column.All(char.IsAsciiDigit)) return int.TryParse(column, out var n) ? n : int.MaxValue;
        var i = Array.FindIndex(Header, h => string.Equals(h.Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase));
        if (i < 0 && required)
            throw new StatementFormatException([new(fileName, headerLine, column,
                $"Line {headerLine}, {column}: the profile names a column '{column}' that the file's header does not have.")]);
        return i;
    }
}
