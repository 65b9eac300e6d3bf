using NodaTime;

namespace Ledger.Domain.Tenants;

/// <summary>What onboarding a client produces: its first events, and the admin token to show exactly once.</summary>
public sealed record OnboardingResult(string TenantId, string AdminToken, TenantOnboarded Onboarded, ApiTokenIssued AdminTokenIssued);

public static class TenantOnboarding
{
    /// <param name="booksCurrency">ISO 4217 code the books are kept in; null or blank: <see cref="BooksCurrency.Default"/>.</param>
    public static OnboardingResult Decide(string? name, string? template, string adminUser, string onboardedBy, Instant now, string? booksCurrency = null)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException("Tenant name is required.");
        if (name.Length > 200)
            throw new DomainException("Tenant name must be at most 200 characters.");
        var chosen = TenantTemplates.Get(template);
        var limits = chosen.Limits with { BooksCurrency = BooksCurrency.Choose(booksCurrency) };
        var tenantId = TenantIds.FromName(name);
        var token = ApiTokens.NewToken();
        var onboarded = new TenantOnboarded(tenantId, name.Trim(), chosen.Name, chosen.ChartName, chosen.Chart, limits, now, onboardedBy);
        var issued = new ApiTokenIssued(Guid.NewGuid(), ApiTokens.Hash(token), Roles.Admin, adminUser, onboardedBy, now);
        return new OnboardingResult(tenantId, token, onboarded, issued);
    }
}
