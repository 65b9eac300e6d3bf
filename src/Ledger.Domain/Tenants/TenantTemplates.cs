using Ledger.Domain.Accounts;

namespace Ledger.Domain.Tenants;

public sealed record TenantTemplate(string Name, string ChartName, IReadOnlyList<ChartAccount> Chart, TenantLimits Limits);

public static class TenantTemplates
{
    public const decimal DefaultThreshold = 0.90m;
    public const int DefaultColdStartLabels = 3;
    public const string DefaultQboDateFormat = "MM/dd/yyyy";
    /// <summary>New labels (reviewer answers, imported history) since the last training that retrain the model by themselves.</summary>
    public const int DefaultRetrainAfterLabels = 200;
    /// <summary>The lowest threshold a tenant can earn: below it a calibrated p is too unsure to post whatever the record says.</summary>
    public const decimal DefaultEarnedThresholdFloor = 0.80m;

    public static readonly TenantTemplate Starter = new("starter", "standard_small_business", ChartPresets.StandardSmallBusiness,
        new TenantLimits(500, DefaultThreshold, DefaultColdStartLabels, 50m, DefaultQboDateFormat));

    public static readonly TenantTemplate Pro = new("pro", "standard_professional_services", ChartPresets.StandardProfessionalServices,
        new TenantLimits(2_000, 0.92m, 5, 100m, DefaultQboDateFormat));

    public static readonly TenantTemplate Firm = new("firm", "gaap_accounting_firm", ChartPresets.GaapAccountingFirm,
        new TenantLimits(10_000, DefaultThreshold, DefaultColdStartLabels, 250m, DefaultQboDateFormat, RetrainAfterLabels: 500));

    public static readonly IReadOnlyList<TenantTemplate> All = [Starter, Pro, Firm];

    public static TenantTemplate Get(string? name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException($"Unknown template '{name}'. Choose one of: {string.Join(", ", All.Select(t => t.Name))}.");
}
