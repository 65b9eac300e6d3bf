using NodaTime;

namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// One tenant's LLM spend for a month, plus the installation-wide spend it shares. Pure: every change returns a new
/// state, so the same code serves a projection (Apply over events) and a decision (Record before emitting an event).
/// Months are UTC calendar months: a budget must not depend on the server's or the tenant's time zone.
/// </summary>
public sealed record LlmBudgetState(
    string TenantId,
    YearMonth Month,
    decimal TenantSpentUsd,
    decimal TenantCapUsd,
    decimal GlobalSpentUsd,
    decimal GlobalCapUsd,
    bool FallbackActive,
    string? FallbackReason)
{
    public static LlmBudgetState Start(string tenantId, YearMonth month, decimal tenantCapUsd, decimal globalCapUsd, decimal globalSpentUsd = 0m) =>
        new LlmBudgetState(tenantId, month, 0m, tenantCapUsd, globalSpentUsd, globalCapUsd, false, null).Reevaluate();

    /// <summary>The state as the recorded spend of the month says it is.</summary>
    public static LlmBudgetState FromSpend(string tenantId, YearMonth month, decimal tenantSpentUsd, decimal tenantCapUsd, decimal globalSpentUsd, decimal globalCapUsd) =>
        new LlmBudgetState(tenantId, month, tenantSpentUsd, tenantCapUsd, globalSpentUsd, globalCapUsd, false, null).Reevaluate();

    public static YearMonth MonthOf(Instant at) => at.InUtc().Date.ToYearMonth();

    public BudgetCheck Check() => LlmBudgetPolicy.Check(TenantSpentUsd, TenantCapUsd, GlobalSpentUsd, GlobalCapUsd);

    /// <summary>
    /// Adds a recorded call: to the tenant's spend when it is this tenant's, to the global spend always (the global cap
    /// is shared). A call in a later month starts that month first; a late call from an earlier month is ignored,
    /// because that month's budget is closed.
    /// </summary>
    public LlmBudgetState Apply(LlmCallRecorded call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var month = MonthOf(call.At);
        if (month < Month) return this;
        var current = month > Month ? ResetForMonth(month) : this;
        var mine = string.Equals(call.TenantId, TenantId, StringComparison.Ordinal);
        return (current with
        {
            TenantSpentUsd = current.TenantSpentUsd + (mine ? call.CostUsd : 0m),
            GlobalSpentUsd = current.GlobalSpentUsd + call.CostUsd,
        }).Reevaluate();
    }

    /// <summary>Apply, plus the <see cref="LlmBudgetExceeded"/> to emit when this call switched the fallback off.</summary>
    public (LlmBudgetState State, LlmBudgetExceeded? Exceeded) Record(LlmCallRecorded call)
    {
        var next = Apply(call);
        return (next, next.ExceededSince(this, call.At));
    }

    /// <summary>A new month starts from zero spend and lifts the fallback. Same or earlier month: unchanged.</summary>
    public LlmBudgetState ResetForMonth(YearMonth month) =>
        month > Month
            ? (this with { Month = month, TenantSpentUsd = 0m, GlobalSpentUsd = 0m }).Reevaluate()
            : this;

    /// <summary>New caps take effect at once: a raised cap lifts the fallback, a lowered one may switch it on.</summary>
    public LlmBudgetState WithCaps(decimal tenantCapUsd, decimal globalCapUsd) =>
        (this with { TenantCapUsd = tenantCapUsd, GlobalCapUsd = globalCapUsd }).Reevaluate();

    /// <summary>The event for the step from <paramref name="before"/> to this state, when it switched the fallback on (or changed why).</summary>
    public LlmBudgetExceeded? ExceededSince(LlmBudgetState before, Instant at)
    {
        if (!FallbackActive || (before.FallbackActive && before.Month == Month && before.FallbackReason == FallbackReason)) return null;
        var global = FallbackReason == LlmNotUsedReasons.GlobalBudgetExceeded;
        return new LlmBudgetExceeded(TenantId, Month, FallbackReason!,
            global ? GlobalSpentUsd : TenantSpentUsd,
            global ? GlobalCapUsd : TenantCapUsd, at);
    }

    private LlmBudgetState Reevaluate()
    {
        var check = Check();
        return this with { FallbackActive = !check.Allowed, FallbackReason = check.Reason };
    }
}
