namespace Ledger.Domain.Categorization.Llm;

/// <summary>Whether one more LLM call may be made; <see cref="Reason"/> is a <see cref="LlmNotUsedReasons"/> code when not.</summary>
public sealed record BudgetCheck(bool Allowed, string? Reason)
{
    public static readonly BudgetCheck Ok = new(true, null);
}

/// <summary>
/// Monthly spend caps. Checked before each call, so one call may overshoot a cap by its own cost; the next is refused.
/// That is deliberate: the cost is only known from the provider's usage block after the call.
/// </summary>
public static class LlmBudgetPolicy
{
    /// <summary>
    /// Reaching a cap exactly counts as exceeded (nothing left to spend); a cap of 0 switches the fallback off.
    /// The global cap is checked first: when both are hit, raising the tenant's cap would not help, so say so.
    /// </summary>
    public static BudgetCheck Check(decimal tenantSpentThisMonth, decimal tenantCap, decimal globalSpentThisMonth, decimal globalCap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tenantSpentThisMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(tenantCap);
        ArgumentOutOfRangeException.ThrowIfNegative(globalSpentThisMonth);
        ArgumentOutOfRangeException.ThrowIfNegative(globalCap);

        if (globalSpentThisMonth >= globalCap) return new BudgetCheck(false, LlmNotUsedReasons.GlobalBudgetExceeded);
        if (tenantSpentThisMonth >= tenantCap) return new BudgetCheck(false, LlmNotUsedReasons.TenantBudgetExceeded);
        return BudgetCheck.Ok;
    }
}
