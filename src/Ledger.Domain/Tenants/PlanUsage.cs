using NodaTime;

namespace Ledger.Domain.Tenants;

/// <summary>
/// Transactions a tenant imported in a UTC month against its plan's <see cref="TenantLimits.MaxTransactionsPerMonth"/>. Going
/// over never refuses an import (the bank lines are real and must be booked); it is recorded and shown to operators.
/// </summary>
public sealed record PlanUsage(string TenantId, YearMonth Month, int Imported, int Limit)
{
    public bool Over => Imported > Limit;
    public int Remaining => Math.Max(0, Limit - Imported);
    public double Ratio => Limit <= 0 ? 0 : (double)Imported / Limit;

    public static YearMonth MonthOf(Instant at) => at.InUtc().Date.ToYearMonth();

    /// <summary>The event for an import that leaves the month over the plan (each such import is recorded), else null.</summary>
    public PlanLimitExceeded? AfterImport(Guid importId, string fileName, int imported, Instant at) =>
        imported > 0 && Imported + imported > Limit
            ? new PlanLimitExceeded(TenantId, Month, importId, fileName, Imported, imported, Limit, at)
            : null;
}

/// <summary>
/// An import took the tenant's transactions this month past its plan: accepted, and recorded here (its own stream
/// <c>plan-&lt;import id&gt;</c>, written in the import's transaction) so operators see it and billing can act on it.
/// </summary>
public sealed record PlanLimitExceeded(
    string TenantId, YearMonth Month, Guid ImportId, string FileName, int ImportedBefore, int Imported, int Limit, Instant At);
