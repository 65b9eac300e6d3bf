using Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

namespace Ledger.Domain.Categorization.Evaluation.FreshFeeds;

/// <summary>
/// The tenants of the third development generator (issue #12 round 3): written after the merchant knowledge base kb-2026.2
/// from other merchant lists than the first two generators (a photo studio, a bike shop, a household kept in a
/// gnucash-style chart), with most spending at one-off merchants a model has never seen. Same machinery and noise as the
/// noisy feeds (<see cref="NoisyFeedGenerator"/>).
/// </summary>
internal static class FreshTenants
{
    public static readonly IReadOnlyList<NoisyTenant> All = [FreshPhotoStudio.Tenant, FreshBikeShop.Tenant, FreshHousehold.Tenant];
}
