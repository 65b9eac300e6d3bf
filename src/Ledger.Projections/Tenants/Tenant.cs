using Ledger.Domain.Accounts;
using Ledger.Domain.Tenants;
using NodaTime;

namespace Ledger.Projections.Tenants;

/// <summary>A tenant as its own stream tells it: chart, limits, and whether an operator has switched auto-posting on.</summary>
public sealed class Tenant
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Template { get; set; } = "";
    public string ChartName { get; set; } = "";
    public List<ChartAccount> Chart { get; set; } = [];
    public TenantLimits Limits { get; set; } = null!;
    public bool AutopostEnabled { get; set; }
    public string? AutopostApprovedBy { get; set; }
    public Instant? AutopostChangedAt { get; set; }
    /// <summary>Bumped by every change that can alter a gate decision, so each decision can name the policy it used.</summary>
    public int PolicyVersion { get; set; }
    public Instant OnboardedAt { get; set; }
    /// <summary>An operator opted in: the gates use the thresholds the tenant earned (per source) where it has one.</summary>
    public bool UsesEarnedThreshold { get; set; }
    public int Version { get; set; }

    public static Tenant Create(TenantOnboarded e) => new()
    {
        Id = e.TenantId, Name = e.Name, Template = e.Template, ChartName = e.ChartName, Chart = [.. e.Chart],
        Limits = e.Limits, OnboardedAt = e.OnboardedAt, PolicyVersion = 1,
    };

    public void Apply(AutopostEnabled e)
    {
        AutopostEnabled = true; AutopostApprovedBy = e.ApprovedBy; AutopostChangedAt = e.At; PolicyVersion++;
    }

    public void Apply(AutopostDisabled e)
    {
        AutopostEnabled = false; AutopostApprovedBy = null; AutopostChangedAt = e.At; PolicyVersion++;
    }

    public void Apply(TenantPolicyChanged e)
    {
        Limits = Limits with
        {
            AutopostThreshold = e.AutopostThreshold, ColdStartMinLabels = e.ColdStartMinLabels, LlmMonthlyCapUsd = e.LlmMonthlyCapUsd,
            RetrainAfterLabels = e.RetrainAfterLabels ?? Limits.RetrainAfterLabels,
            PostIntoFirstOpenPeriod = e.PostIntoFirstOpenPeriod ?? Limits.PostIntoFirstOpenPeriod,
        };
        PolicyVersion++;
    }

    public void Apply(ChartAccountAdded e) => Chart.Add(e.Account);

    public void Apply(EarnedThresholdOptedIn e)
    {
        UsesEarnedThreshold = true; PolicyVersion++;
    }

    public void Apply(EarnedThresholdOptedOut e)
    {
        UsesEarnedThreshold = false; PolicyVersion++;
    }

    public ChartAccount? Account(string code) => Chart.FirstOrDefault(a => a.Code == code);
}
