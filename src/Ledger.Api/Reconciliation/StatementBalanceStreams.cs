using Ledger.Api.Import;
using Ledger.Domain.Reconciliation;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Api.Reconciliation;

/// <summary>The stream type of a statement's balances (one event per import, written with the import).</summary>
public sealed class StatementBalancesLog
{
    public string Id { get; set; } = "";
}

/// <summary>The stream type of the tenant's reconciliations, closes and opening entries (event logs with no read model).</summary>
public sealed class ReconciliationLog
{
    public string Id { get; set; } = "";
}

public static class StatementBalanceStreams
{
    public static string StreamId(Guid importId) => $"balances-{importId:N}";

    /// <summary>What the file states about the bank's balances; null when it states none (a CSV without a balance column).</summary>
    public static NewStream? For(Guid importId, string account, string fileName, StatementSummary summary, decimal linesTotal, int lines, Instant now)
    {
        var running = summary.RunningBalance;
        var closing = summary.LedgerBalance ?? running?.Closing;
        if (closing is null && summary.AvailableBalance is null && running is null) return null;
        var recorded = new StatementBalancesRecorded(importId, account, fileName, summary.PeriodStart, summary.PeriodEnd, summary.From, summary.To,
            running?.Opening, closing, summary.AvailableBalance, linesTotal, lines, running?.Breaks ?? [], now);
        return new NewStream(StreamId(importId), typeof(StatementBalancesLog), recorded);
    }
}
