namespace Ledger.Domain.Statements.Csv;

/// <summary>
/// Guesses a CSV layout from the head of the file: delimiter, the header row (after any title
/// lines), the columns by header name, or for headerless files by content. The day/month order is
/// left open when the head cannot decide it; CsvDateOrderScan then looks at every row.
/// </summary>
internal static class CsvLayoutDetector
{
    private const int SampleRecords = 40;

    public static CsvLayout Detect(string fileName, string head)
    {
        var delimiter = DetectDelimiter(head);
        var records = ReadRecords(head, delimiter, SampleRecords);
        var layout = new CsvLayout { Delimiter = delimiter };

        var headerAt = records.FindIndex(r => r.Fields.Length > 1 && MapHeader(r.Fields, layout));
        // A whole-file refusal still points somewhere: the first row, where a header was looked for.
        if (headerAt < 0 && records.Count > 0 && !CsvHeaderless.Infer(records, layout))
            throw new StatementFormatException([new(fileName, records[0].Line, "header",
                $"Line {records[0].Line}, header: the CSV layout was not recognised (no header with a date and an amount column, and no date and amount columns found in the rows). Create a column-mapping profile for this bank.")]);
        if (records.Count == 0) throw new StatementFormatException([new(fileName, 1, "file", "Line 1: the file has no rows.")]);

        if (headerAt >= 0)
        {
            layout.Header = records[headerAt].Fields;
            layout.DataAfterLine = records[headerAt].Line;
        }
        var data = records.Where(r => r.Line > layout.DataAfterLine && r.Fields.Length > 1).ToList();
        layout.DecimalSeparator = CsvAmounts.GuessDecimalSeparator(
                data.SelectMany(r => new[] { layout.Amount, layout.Debit, layout.Credit }.Where(i => i >= 0 && i < r.Fields.Length).Select(i => r.Fields[i])))
            ?? (delimiter == ',' ? '.' : ',');
        layout.Order = CsvDateOrderScan.OrderFromShape(data.Where(r => layout.Date < r.Fields.Length).Select(r => r.Fields[layout.Date]));
        DetectDebitCreditColumn(layout, data);
        return layout;
    }

    /// <summary>Fills the layout from a header row; false when the row is not a header with a date and an amount.</summary>
    private static bool MapHeader(string[] fields, CsvLayout layout)
    {
        var names = fields.Select(CsvHeaderNames.Normalize).ToArray();
        var taken = new HashSet<int>();
        int Take(string[] role)
        {
            var i = CsvHeaderNames.Find(names, role, taken);
            if (i >= 0) taken.Add(i);
            return i;
        }
        var date = Take(CsvHeaderNames.Date);
        var amount = Take(CsvHeaderNames.Amount);
        var debit = Take(CsvHeaderNames.Debit);
        var credit = Take(CsvHeaderNames.Credit);
        if (date < 0 || (amount < 0 && debit < 0 && credit < 0)) return false;
        layout.Date = date;
        // A signed amount is simpler and safer than combining debit and credit (KBC has both).
        layout.Amount = amount;
        layout.Debit = amount >= 0 ? -1 : debit;
        layout.Credit = amount >= 0 ? -1 : credit;
        layout.Type = Take(CsvHeaderNames.Type);
        layout.FitId = Take(CsvHeaderNames.FitId);
        layout.Check = Take(CsvHeaderNames.Check);
        layout.Currency = Take(CsvHeaderNames.Currency);
        layout.Memo = Take(CsvHeaderNames.Memo);
        var payees = new List<int>();
        for (var p = Take(CsvHeaderNames.Payee); p >= 0; p = Take(CsvHeaderNames.Payee)) payees.Add(p);
        layout.Payees = [.. payees];
        return true;
    }

    /// <summary>
    /// Unsigned amounts with a debit/credit marker column: Mint's "Transaction Type" (debit/credit)
    /// or Amex UK's unnamed column holding "CR" on credits. Only when no amount carries a sign.
    /// </summary>
    private static void DetectDebitCreditColumn(CsvLayout layout, List<CsvRecord> data)
    {
        if (layout.Amount < 0 || data.Count == 0) return;
        if (data.Any(r => layout.Amount < r.Fields.Length && r.Fields[layout.Amount].Contains('-'))) return;
        var candidates = layout.Type >= 0 ? new[] { layout.Type } : [];
        candidates = [.. candidates, .. Enumerable.Range(0, layout.Header.Length).Where(i => layout.Header[i].Length == 0)];
        foreach (var c in candidates)
        {
            var values = data.Select(r => c < r.Fields.Length ? r.Fields[c].ToLowerInvariant() : "").ToList();
            if (values.All(v => v is "" or "cr" or "dr" or "debit" or "credit") && values.Any(v => v.Length > 0))
            {
                layout.DebitCredit = c;
                return;
            }
        }
    }

    private static char DetectDelimiter(string head)
    {
        var best = ',';
        var bestScore = 0;
        foreach (var d in (ReadOnlySpan<char>)[',', ';', '\t', '|'])
        {
            var counts = ReadRecords(head, d, 25).Select(r => r.Fields.Length).Where(n => n > 1).ToList();
            if (counts.Count == 0) continue;
            var mode = counts.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First();
            var score = mode.Count() * 100 + mode.Key;
            if (score > bestScore) (best, bestScore) = (d, score);
        }
        return best;
    }

    internal static List<CsvRecord> ReadRecords(string head, char delimiter, int max)
    {
        // The head may end in the middle of a row; that last partial row is left out.
        var complete = head.Length == 1 << 16 ? head[..(head.LastIndexOf('\n') + 1)] : head;
        var reader = new CsvRowReader(new StringReader(complete), delimiter);
        var list = new List<CsvRecord>();
        while (list.Count < max && reader.Read())
            if (reader.Fields.Any(f => f.Length > 0)) list.Add(new CsvRecord(reader.LineNumber, [.. reader.Fields]));
        return list;
    }
}

internal sealed record CsvRecord(int Line, string[] Fields);
