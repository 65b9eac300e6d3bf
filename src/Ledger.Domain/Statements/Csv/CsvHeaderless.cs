namespace Ledger.Domain.Statements.Csv;

/// <summary>
/// Column roles for a CSV without a header row (Raiffeisen): the first column that is a date in
/// nearly every row, the first other column that is an amount in nearly every row, and the
/// column with the longest text as the payee. A 3-letter upper-case column is the currency.
/// </summary>
internal static class CsvHeaderless
{
    public static bool Infer(List<CsvRecord> records, CsvLayout layout)
    {
        var width = records.GroupBy(r => r.Fields.Length).OrderByDescending(g => g.Count()).First().Key;
        var rows = records.Where(r => r.Fields.Length == width).Select(r => r.Fields).ToList();
        if (width < 2 || rows.Count == 0) return false;

        bool Mostly(int col, Func<string, bool> test) =>
            rows.Count(r => test(r[col])) >= Math.Max(1, rows.Count * 0.8);

        var date = Enumerable.Range(0, width).FirstOrDefault(c => Mostly(c, v => CsvDates.TrySplit(v, out _)), -1);
        if (date < 0) return false;
        var dec = CsvAmounts.GuessDecimalSeparator(rows.SelectMany(r => r)) ?? (layout.Delimiter == ',' ? '.' : ',');
        var amount = Enumerable.Range(0, width).FirstOrDefault(
            c => c != date && !Mostly(c, v => CsvDates.TrySplit(v, out _)) && Mostly(c, v => CsvAmounts.TryParse(v, dec, out _)), -1);
        if (amount < 0) return false;
        var text = Enumerable.Range(0, width)
            .Where(c => c != date && c != amount)
            .OrderByDescending(c => rows.Average(r => r[c].Length))
            .FirstOrDefault(-1);

        layout.Date = date;
        layout.Amount = amount;
        layout.Payees = text >= 0 ? [text] : [];
        layout.Currency = Enumerable.Range(0, width).FirstOrDefault(
            c => c != text && Mostly(c, v => v.Length == 3 && v.All(char.IsAsciiLetterUpper)), -1);
        layout.DataAfterLine = 0;
        return true;
    }
}
