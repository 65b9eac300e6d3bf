using Ledger.Domain.Accounts;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using NodaTime;

namespace Ledger.Api.Tenants;

/// <param name="Plan">Transactions imported this month (UTC) against <c>limits.maxTransactionsPerMonth</c>.</param>
public sealed record TenantView(
    string TenantId, string Name, string Template, string ChartName, IReadOnlyList<ChartAccount> Chart, TenantLimits Limits,
    bool AutopostEnabled, string? AutopostApprovedBy, int PolicyVersion, Instant OnboardedAt, PlanUsageView? Plan = null)
{
    /// <summary>The gates use the thresholds the tenant earned (an operator opted in).</summary>
    public bool UsesEarnedThreshold { get; init; }

    public static TenantView From(Tenant t, PlanUsage? usage = null) =>
        new(t.Id, t.Name, t.Template, t.ChartName, t.Chart, t.Limits, t.AutopostEnabled, t.AutopostApprovedBy, t.PolicyVersion, t.OnboardedAt,
            usage is null ? null : PlanUsageView.From(usage))
        {
            UsesEarnedThreshold = t.UsesEarnedThreshold,
        };
}

public sealed record PlanUsageView(string Month, int Imported, int MaxTransactionsPerMonth, int Remaining, bool OverPlan)
{
    public static PlanUsageView From(PlanUsage u) => new(u.Month.ToString("yyyy-MM", null), u.Imported, u.Limit, u.Remaining, u.Over);
}
