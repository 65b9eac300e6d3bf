using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>
/// An expense app's export (CSV or JSON): one receipt per row, its columns named as such apps name them. A row without a
/// date or amount refuses the whole file, naming the line and field, so nothing of it is half-taken.
/// </summary>
public static class ExpenseExport
{
    public const string Reader = "expense_export";

    static readonly string[] DateNames = ["date", "transaction date", "expense date", "timestamp", "spent on", "purchase date", "created"];
    static readonly string[] MerchantNames = ["merchant", "vendor", "payee", "store", "supplier", "description", "name"];
    static readonly string[] TotalNames = ["amount", "total", "total amount", "amount paid", "sum", "cost", "price"];
    static readonly string[] TaxNames = ["tax", "tax amount", "vat", "gst", "sales tax"];
    static readonly string[] CurrencyNames = ["currency", "original currency", "currency code"];

    /// <summary>One row's cells by lower-cased column name.</summary>
    public static ReadReceipt Row(string file, int line, string rowText, IReadOnlyDictionary<string, string> cells)
    {
        string? Cell(string[] names, out string column)
        {
            foreach (var n in names)
                if (cells.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v)) { column = n; return v.Trim(); }
            column = names[0];
            return null;
        }
        var date = Cell(DateNames, out var dateCol) is { } d && ReceiptDates.On(d) is [var parsed, ..] ? parsed
            : throw new ReceiptRefusedException(file, dateCol, $"'{cells.GetValueOrDefault(dateCol)}' is not a date.", line: line);
        var total = Amount(Cell(TotalNames, out var totalCol)) is { } t && t != 0 ? Math.Abs(t)
            : throw new ReceiptRefusedException(file, totalCol, $"'{cells.GetValueOrDefault(totalCol)}' is not an amount.", line: line);
        var merchant = Cell(MerchantNames, out var merchantCol);
        var tax = Amount(Cell(TaxNames, out var taxCol));
        var currency = ReceiptCurrency.Normalize(Cell(CurrencyNames, out var curCol));
        string How(string column) => $"export column '{column}'";
        var facts = new ReceiptFacts(
            merchant is null ? null : new(merchant, 0.95, How(merchantCol)),
            new(date, 0.95, How(dateCol)),
            new(total, 0.95, How(totalCol)),
            tax is null ? null : new(Math.Abs(tax.Value), 0.95, How(taxCol)),
            currency is null ? null : new(currency, 0.95, How(curCol)),
            merchant is null ? null : ReceiptText.Read(merchant).TipExpected);
        return new ReadReceipt(facts, Reader, [], line, rowText);
    }

    static decimal? Amount(string? cell)
    {
        if (cell is null) return null;
        var text = new string(cell.Where(c => char.IsDigit(c) || c is '.' or ',' or '-').ToArray());
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var plain)) return plain;
        return ReceiptMoney.Parse(text.TrimStart('-')) is { } money ? (text.StartsWith('-') ? -money : money) : null;
    }

    public static IReadOnlyList<ReadReceipt> Csv(string file, string text)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        var names = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
        var rows = new List<ReadReceipt>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>();
            for (var i = 0; i < names.Length && i < row.ColCount; i++) cells.TryAdd(names[i], row[i].ToString());
            rows.Add(Row(file, row.LineNumberFrom, row.Span.ToString(), cells));
        }
        return rows;
    }

    public static IReadOnlyList<ReadReceipt> Json(string file, string text)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(text); }
        catch (JsonException e) { throw new ReceiptRefusedException(file, "file", $"is not valid JSON ({e.Message})."); }
        using (doc)
        {
            var items = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement
                : doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.EnumerateObject().FirstOrDefault(p => p.Value.ValueKind == JsonValueKind.Array) is { Value.ValueKind: JsonValueKind.Array } list ? list.Value
                : throw new ReceiptRefusedException(file, "file", "holds no list of expenses (an array, or an object with one).");
            return items.EnumerateArray().Select((item, i) => Row(file, i + 1, item.GetRawText(),
                item.ValueKind == JsonValueKind.Object
                    ? item.EnumerateObject().GroupBy(p => p.Name.Trim().ToLowerInvariant()).ToDictionary(g => g.Key, g => Cell(g.First().Value))
                    : throw new ReceiptRefusedException(file, "file", $"item {i + 1} is not an object.", line: i + 1))).ToList();
        }
    }

    static string Cell(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString() ?? "",
        JsonValueKind.Number => v.GetRawText(),
        _ => "",
    };
}
