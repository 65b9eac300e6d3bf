namespace Ledger.Domain.Statements.Ofx;

/// <summary>
/// Collects LEDGERBAL and AVAILBAL (BALAMT, DTASOF) and the transaction list's DTSTART/DTEND. The last statement's values win.
/// </summary>
internal sealed class OfxBalanceCollector
{
    private string? open;            // "LEDGERBAL" or "AVAILBAL" while inside one
    private readonly Dictionary<string, (string? Amount, string? AsOf)> seen = [];
    private string? periodStart, periodEnd;

    public void Enter(string tag)
    {
        if (tag is "LEDGERBAL" or "AVAILBAL")
        {
            open = tag;
            seen[tag] = (null, null);
        }
        else if (tag is "STMTTRN" or "STMTRS" or "CCSTMTRS")
        {
            open = null;
        }
    }

    public void Set(string tag, string value)
    {
        if (open is null)
        {
            if (tag == "DTSTART") periodStart = value;
            else if (tag == "DTEND") periodEnd = value;
            return;
        }
        var (amount, asOf) = seen[open];
        if (tag == "BALAMT") seen[open] = (value, asOf);
        else if (tag == "DTASOF") seen[open] = (amount, value);
    }

    /// <summary>An empty balance (no amount or date) gives no balance rather than a made-up zero.</summary>
    public void Finish(StatementSummary summary)
    {
        open = null;
        if (seen.Remove("LEDGERBAL", out var ledger)) summary.LedgerBalance = Balance(ledger);
        if (seen.Remove("AVAILBAL", out var available)) summary.AvailableBalance = Balance(available);
        if (periodStart is not null || periodEnd is not null)
        {
            summary.PeriodStart = OfxValues.TryParseDate(periodStart, out var s) ? s : null;
            summary.PeriodEnd = OfxValues.TryParseDate(periodEnd, out var e) ? e : null;
            periodStart = periodEnd = null;
        }
    }

    private static StatementBalance? Balance((string? Amount, string? AsOf) b) =>
        OfxValues.TryParseAmount(b.Amount, out var a) && OfxValues.TryParseDate(b.AsOf, out var d) ? new StatementBalance(a, d) : null;
}
