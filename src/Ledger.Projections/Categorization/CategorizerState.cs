using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions;
using Ledger.Domain.Decisions.Earned;
using NodaTime;

namespace Ledger.Projections.Categorization;

/// <summary>The tenant's categorizer now: which model and calibration are current, and the active vendor rules.</summary>
public sealed class CategorizerState
{
    public string Id { get; set; } = CategorizerStreams.Id;
    public string? ModelVersion { get; set; }
    public int ModelSampleCount { get; set; }
    public double ModelHoldoutAccuracy { get; set; }
    public Instant? ModelTrainedAt { get; set; }
    public string CalibrationVersion { get; set; } = "cal-identity";
    public Dictionary<string, CalibrationModel> Calibrations { get; set; } = [];
    public List<VendorRule> ActiveRules { get; set; } = [];
    /// <summary>The thresholds the latest <see cref="AutopostThresholdEarned"/> gave (sources that earned one).</summary>
    public List<EarnedThreshold> EarnedThresholds { get; set; } = [];
    /// <summary>The evidence of that event, per source (with those that earned nothing).</summary>
    public List<SourceThreshold> EarnedEvidence { get; set; } = [];
    public Instant? EarnedAt { get; set; }
    public int Version { get; set; }

    public static CategorizerState Create(ModelTrained e) => new CategorizerState().With(e);
    public static CategorizerState Create(CalibrationFitted e) { var s = new CategorizerState(); s.Apply(e); return s; }
    public static CategorizerState Create(VendorRuleCreated e) { var s = new CategorizerState(); s.Apply(e); return s; }
    public static CategorizerState Create(RulePromoted e) { var s = new CategorizerState(); s.Apply(e); return s; }

    CategorizerState With(ModelTrained e) { Apply(e); return this; }

    public void Apply(ModelTrained e)
    {
        ModelVersion = e.Version; ModelSampleCount = e.SampleCount; ModelHoldoutAccuracy = e.HoldoutAccuracy; ModelTrainedAt = e.At;
    }

    public void Apply(CalibrationFitted e)
    {
        CalibrationVersion = e.Version; Calibrations = new(e.BySource);
    }

    public void Apply(AutopostThresholdEarned e)
    {
        EarnedEvidence = [.. e.BySource];
        EarnedThresholds = [.. e.BySource.Where(t => t.Threshold is not null).Select(t => new EarnedThreshold(t.Source, t.Threshold!.Value))];
        EarnedAt = e.At;
    }

    public void Apply(VendorRuleCreated e) => Replace(e.Rule);
    public void Apply(RulePromoted e) => Replace(e.Rule);
    public void Apply(RuleRetired e) => ActiveRules.RemoveAll(r => r.Id == e.RuleId);

    void Replace(VendorRule rule)
    {
        ActiveRules.RemoveAll(r => r.Id == rule.Id);
        ActiveRules.Add(rule);
    }
}

/// <summary>The trained model's bytes, stored in PostgreSQL under its version so every node and every replay loads the same model.</summary>
public sealed class ModelArtifact
{
    public string Id { get; set; } = "";
    public byte[] Bytes { get; set; } = [];
    public int SampleCount { get; set; }
}
