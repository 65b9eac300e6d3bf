using System.Buffers;
using System.Text;

namespace Ledger.Domain.Export;

/// <summary>
/// CSV cells a spreadsheet opens as data, never as a formula (OWASP "CSV Injection"). Bank descriptions and payee
/// names are written by whoever named the counterparty, so a text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, tab or carriage return gets a leading apostrophe, which Excel, LibreOffice and Sheets read as "this is
/// text" and do not show. Amounts are written with <see cref="Number"/> and never touched: "-12.50" stays a number.
/// The events keep the original text; only the file differs.
/// </summary>
public static class SpreadsheetCsv
{
    static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");
    // ';' and tab split cells in spreadsheets set to another list separator, so a cell holding them is quoted too:
    // "SHOP;=cmd|..." must stay one cell there as well.
    static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n;\t");

    /// <summary>A text cell: neutralised when a spreadsheet would evaluate it, then quoted as RFC 4180 needs.</summary>
    public static string Text(string? value) => Quote(Neutralise(value ?? ""));

    /// <summary>A numeric cell (an amount, a probability): quoted if it must be, never prefixed.</summary>
    public static string Number(string formatted) => Quote(formatted);

    /// <summary>The cell's text as a spreadsheet must receive it; already neutral text comes back unchanged.</summary>
    public static string Neutralise(string value) => BeginsLikeFormula(value) ? "'" + value : value;

    public static bool BeginsLikeFormula(string value) => value.Length > 0 && FormulaStarts.Contains(value[0]);

    /// <summary>RFC 4180: a field holding a separator, quote or line break is quoted and its quotes doubled.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(NeedsQuotes) < 0 ? field : "\"" + field.Replace("\"", "\"\"") + "\"";

    /// <summary>One record: the cells joined with commas and ended with <paramref name="newline"/>.</summary>
    public static void Row(StringBuilder sb, string newline, params string[] cells)
    {
        sb.AppendJoin(',', cells).Append(newline);
    }

    /// <summary>
    /// A whole file read back and written again with every cell outside <paramref name="isNumber"/> neutralised
    /// (records end with <paramref name="newline"/>, quoted cells may hold line breaks). Idempotent: a file whose
    /// text cells are already neutral and quoted this way is returned unchanged.
    /// </summary>
    public static string Rewrite(string csv, string newline, Func<int, bool> isNumber)
    {
        var sb = new StringBuilder(csv.Length + 16);
        var cell = new StringBuilder();
        var column = 0;
        var i = 0;
        while (i < csv.Length)
        {
            cell.Clear();
            if (csv[i] == '"')
            {
                for (i++; i < csv.Length; i++)
                {
                    if (csv[i] != '"') cell.Append(csv[i]);
                    else if (i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                    else { i++; break; }
                }
            }
            while (i < csv.Length && csv[i] != ',' && !csv.AsSpan(i).StartsWith(newline)) cell.Append(csv[i++]);
            var text = cell.ToString();
            sb.Append(isNumber(column) ? Number(text) : Text(text));
            if (i < csv.Length && csv[i] == ',') { sb.Append(','); column++; i++; }
            else if (i < csv.Length) { sb.Append(newline); column = 0; i += newline.Length; }
        }
        return sb.ToString();
    }
}
