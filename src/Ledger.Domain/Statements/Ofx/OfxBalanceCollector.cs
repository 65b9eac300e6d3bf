namespace Ledger.Domain.Statements.Ofx;

/// <summary>Collects LEDGERBAL's BALAMT and DTASOF; ignores AVAILBAL. The last statement's balance wins.</summary>
internal sealed class OfxBalanceCollector
{
    private bool inLedger;
    private bool seen;
    private string? amount;
    private string? asOf;

    public void Enter(string tag)
    {
        if (tag == "LEDGERBAL")
        {
            inLedger = seen = true;
            amount = asOf = null;
        }
        else if (tag is "AVAILBAL" or "STMTTRN" or "STMTRS" or "CCSTMTRS")
        {
            inLedger = false;
        }
    }

    public void Set(string tag, string value)
    {
        if (!inLedger) return;
        if (tag == "BALAMT") amount = value;
        else if (tag == "DTASOF") asOf = value;
    }

    /// <summary>An empty LEDGERBAL (no amount or date) gives no balance rather than a made-up zero.</summary>
    public void Finish(StatementSummary summary)
    {
        inLedger = false;
        if (!seen) return;
        seen = false;
        summary.LedgerBalance =
            OfxValues.TryParseAmount(amount, out var a) && OfxValues.TryParseDate(asOf, out var d)
                ? new StatementBalance(a, d)
                : null;
    }
}
