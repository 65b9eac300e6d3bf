namespace Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

/// <summary>The noisy development tenants.</summary>
internal static class NoisyTenants
{
    public static readonly IReadOnlyList<NoisyTenant> All = [NoisyCleaning.Tenant, NoisySalon.Tenant, NoisyTaproom.Tenant];
}
