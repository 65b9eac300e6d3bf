using Ledger.Domain.Accounts;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using NodaTime;

namespace Ledger.Api.Tenants;

public sealed record TenantView(
    string TenantId, string Name, string Template, string ChartName, IReadOnlyList<ChartAccount> Chart, TenantLimits Limits,
    bool AutopostEnabled, string? AutopostApprovedBy, int PolicyVersion, Instant OnboardedAt)
{
    /// <summary>The gates use the thresholds the tenant earned (an operator opted in).</summary>
    public bool UsesEarnedThreshold { get; init; }

    public static TenantView From(Tenant t) =>
        new(t.Id, t.Name, t.Template, t.ChartName, t.Chart, t.Limits, t.AutopostEnabled, t.AutopostApprovedBy, t.PolicyVersion, t.OnboardedAt)
        {
            UsesEarnedThreshold = t.UsesEarnedThreshold,
        };
}
