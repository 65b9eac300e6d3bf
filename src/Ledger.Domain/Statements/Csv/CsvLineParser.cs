using Ledger.Domain.Statements.Text;

namespace Ledger.Domain.Statements.Csv;

/// <summary>Turns one CSV record into a StatementLine, an error, or a noted skip.</summary>
internal sealed class CsvLineParser(string fileName, CsvLayout layout, List<StatementError> errors, StatementSummary summary)
{
    readonly RunningBalance running = new();

    /// <summary>The running-balance column's reading once every row is parsed; null without the column.</summary>
    public RunningBalanceResult? FinishBalance() => layout.Balance < 0 ? null : running.Finish();

    public StatementLine? Parse(int lineNumber, List<string> f)
    {
        var nonEmpty = 0;
        foreach (var v in f) if (v.Length > 0) nonEmpty++;
        if (nonEmpty == 0) return null; // blank line
        // A NUL is never text a bank wrote (the database cannot store it either): the file is damaged. Issue #16.
        for (var i = 0; i < f.Count; i++)
            if (f[i].Contains('\0'))
            {
                Error(lineNumber, i, "holds a NUL character (the file is damaged)");
                return null;
            }

        var dateText = Get(f, layout.Date);
        var hasDate = CsvDates.TryParse(dateText, layout.Order!.Value, out var date);
        // A row with a single text cell is a section heading ("Posted Transactions"), not a bad row.
        if (!hasDate && nonEmpty == 1)
        {
            summary.AddSkipped($"line {lineNumber}: not a transaction: \"{f.First(v => v.Length > 0)}\"");
            return null;
        }
        if (!hasDate && dateText.StartsWith("pending", StringComparison.OrdinalIgnoreCase))
        {
            summary.AddSkipped($"line {lineNumber}: pending transaction (no posting date yet): {Payee(f)}");
            return null;
        }
        if (!hasDate)
        {
            Error(lineNumber, layout.Date, dateText.Length == 0 ? "the date is empty" : $"'{dateText}' is not a date");
            TryAmount(f, out _, lineNumber);
            return null;
        }
        if (!TryAmount(f, out var amount, lineNumber)) return null;

        var currency = Get(f, layout.Currency);
        if (currency.Length > 0) summary.Currency ??= currency;
        var balanceText = Get(f, layout.Balance);
        decimal? balance = null;
        if (balanceText.Length > 0)
        {
            if (!CsvAmounts.TryParse(balanceText, layout.DecimalSeparator, out var b))
            {
                Error(lineNumber, layout.Balance, $"'{balanceText}' is not a balance");
                return null;
            }
            // Found by fuzz-imports: decimal.MinValue as a balance overflowed the running sums (HTTP 500).
            if (Math.Abs(b) > RunningBalance.MaxBalance)
            {
                Error(lineNumber, layout.Balance, $"balance {b} is beyond {RunningBalance.MaxBalance:N2}; no account holds that much (a damaged file?)");
                return null;
            }
            balance = b;
        }
        var payee = Payee(f);
        var line = new StatementLine(lineNumber, date, amount, payee, Memo(f, payee), Opt(f, layout.FitId),
            Opt(f, layout.Check), Opt(f, layout.Type), null)
        {
            Currency = currency.Length > 0 ? new StatedCurrency(lineNumber, layout.FieldName(layout.Currency), currency, "the row") : null,
        };
        if (layout.Balance >= 0) running.Add(line, balance);
        return line;
    }

    private bool TryAmount(List<string> f, out decimal amount, int lineNumber)
    {
        amount = 0;
        var dec = layout.DecimalSeparator;
        if (layout.Amount >= 0)
        {
            var text = Get(f, layout.Amount);
            if (!CsvAmounts.TryParse(text, dec, out amount))
                return Error(lineNumber, layout.Amount, text.Length == 0 ? "the amount is empty" : $"'{text}' is not an amount");
            if (layout.DebitCredit >= 0)
            {
                var marker = Get(f, layout.DebitCredit).ToLowerInvariant();
                amount = marker is "credit" or "cr" ? Math.Abs(amount) : -Math.Abs(amount);
            }
        }
        else
        {
            var debitText = Get(f, layout.Debit);
            var creditText = Get(f, layout.Credit);
            decimal debit = 0, credit = 0;
            if (debitText.Length > 0 && !CsvAmounts.TryParse(debitText, dec, out debit))
                return Error(lineNumber, layout.Debit, $"'{debitText}' is not an amount");
            if (creditText.Length > 0 && !CsvAmounts.TryParse(creditText, dec, out credit))
                return Error(lineNumber, layout.Credit, $"'{creditText}' is not an amount");
            if (debitText.Length == 0 && creditText.Length == 0)
                return Error(lineNumber, layout.Debit >= 0 ? layout.Debit : layout.Credit, "neither a debit nor a credit amount is given");
            amount = credit - (layout.DebitPositive ? Math.Abs(debit) : -debit);
        }
        if (layout.InvertSign) amount = -amount;
        return true;
    }

    private string Payee(List<string> f)
    {
        foreach (var i in layout.Payees)
        {
            var v = Get(f, i);
            if (v.Length > 0) return Clean(v);
        }
        return "";
    }

    private string? Memo(List<string> f, string payee)
    {
        var memo = Get(f, layout.Memo);
        if (memo.Length > 0) return Clean(memo);
        foreach (var i in layout.Payees)
        {
            var v = Clean(Get(f, i));
            if (v.Length > 0 && v != payee) return v;
        }
        return null;
    }

    // Aggregators (Mint) export HTML-escaped text; decode once. Inner padding runs stay as the bank wrote them.
    private static string Clean(string v) => v.Contains('&') ? EntityDecoder.Decode(v).Trim() : v;

    private string? Opt(List<string> f, int i)
    {
        var v = Get(f, i);
        return v.Length == 0 ? null : v;
    }

    private static string Get(List<string> f, int i) => i >= 0 && i < f.Count ? f[i] : "";

    private bool Error(int line, int column, string message)
    {
        var field = layout.FieldName(column);
        errors.Add(new StatementError(fileName, line, field, $"Line {line}, {field}: {message}."));
        return false;
    }
}
