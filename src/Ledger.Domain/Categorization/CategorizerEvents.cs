using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization.Rules;
using NodaTime;

namespace Ledger.Domain.Categorization;

// The tenant's categorizer stream (stream id "categorizer"): every model, calibration and rule it ever used.

/// <summary>A labelled example: history a firm brings at onboarding, or a reviewer's answer since.</summary>
public sealed record TransactionLabelled(
    string? TransactionId, string VendorKey, string Description, string? Memo, decimal Amount, string BankAccountCode,
    string AccountCode, string Source, string LabelledBy, LocalDate PostedOn, Instant At);

public static class LabelSources
{
    public const string History = "history";
    public const string Review = "review";
}

/// <summary>The model bytes live in the ModelArtifact document of the same version, so every node and replay loads them exactly.</summary>
public sealed record ModelTrained(string Version, int SampleCount, int HoldoutCount, double HoldoutAccuracy, double HoldoutLogLoss,
    IReadOnlyList<string> Labels, double TrainingSeconds, string Trigger, Instant At);

/// <summary>Per-source calibration fitted on held-out outcomes; <paramref name="Version"/> is recorded on each proposal.</summary>
public sealed record CalibrationFitted(string Version, IReadOnlyDictionary<string, CalibrationModel> BySource, Instant At);

/// <summary>
/// The auto-post thresholds the tenant earned, per proposal source, on its own reviewed proposals (see
/// <c>EarnedThresholds</c>): recorded at every training with its evidence. Used by the gates only once an operator opted in.
/// </summary>
/// <param name="Reviewed">Reviewed proposals the evidence was taken from.</param>
/// <param name="SlipsSetAside">Corrections not counted against a proposal because reviewers went back on them.</param>
public sealed record AutopostThresholdEarned(
    IReadOnlyList<Ledger.Domain.Decisions.Earned.SourceThreshold> BySource, double Floor, double MaxErrorRate, double Confidence,
    int Reviewed, int SlipsSetAside, Instant At);

public sealed record VendorRuleCreated(VendorRule Rule, string CreatedBy, Instant At);

public sealed record RulePromoted(VendorRule Rule, IReadOnlyList<string> BasedOnLabels, Instant At);

public sealed record RuleRetired(Guid RuleId, string VendorKey, string Reason, IReadOnlyList<string> ContradictingLabels, Instant At);

public static class CategorizerStreams
{
    public const string Id = "categorizer";
}
