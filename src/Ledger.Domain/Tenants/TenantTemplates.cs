using Ledger.Domain.Accounts;

namespace Ledger.Domain.Tenants;

public sealed record TenantTemplate(string Name, string ChartName, IReadOnlyList<ChartAccount> Chart, TenantLimits Limits);

public static class TenantTemplates
{
    public const decimal DefaultThreshold = 0.90m;
    public const int DefaultColdStartLabels = 3;
    public const string DefaultQboDateFormat = "MM/dd/yyyy";
    /// <summary>
    /// New labels (reviewer answers, imported history) since the last training that retrain the model by themselves, as every
    /// tenant onboarded before the number was recorded reads it (<see cref="TenantLimits"/> defaults to it). Events are
    /// forever: this stays 200; new tenants get <see cref="NewTenantRetrainAfterLabels"/> from their template.
    /// </summary>
    public const int DefaultRetrainAfterLabels = 200;
    /// <summary>
    /// What the starter and pro templates give a new tenant: the model learns a new vendor's spelling after 50 labels instead of
    /// 200 (measured with `evaluate --retrain-every`: docs/decisions.md 40). A retrain runs off the request path (RetrainIfDue).
    /// </summary>
    public const int NewTenantRetrainAfterLabels = 50;
    /// <summary>The lowest threshold a tenant can earn: below it a calibrated p is too unsure to post whatever the record says.</summary>
    public const decimal DefaultEarnedThresholdFloor = 0.80m;

    public static readonly TenantTemplate Starter = new("starter", "standard_small_business", ChartPresets.StandardSmallBusiness,
        new TenantLimits(500, DefaultThreshold, DefaultColdStartLabels, 50m, DefaultQboDateFormat, RetrainAfterLabels: NewTenantRetrainAfterLabels));

    public static readonly TenantTemplate Pro = new("pro", "standard_professional_services", ChartPresets.StandardProfessionalServices,
        new TenantLimits(2_000, 0.92m, 5, 100m, DefaultQboDateFormat, RetrainAfterLabels: NewTenantRetrainAfterLabels));

    public static readonly TenantTemplate Firm = new("firm", "gaap_accounting_firm", ChartPresets.GaapAccountingFirm,
        new TenantLimits(10_000, DefaultThreshold, DefaultColdStartLabels, 250m, DefaultQboDateFormat, RetrainAfterLabels: 500));

    public static readonly IReadOnlyList<TenantTemplate> All = [Starter, Pro, Firm];

    public static TenantTemplate Get(string? name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException($"Unknown template '{name}'. Choose one of: {string.Join(", ", All.Select(t => t.Name))}.");
}
