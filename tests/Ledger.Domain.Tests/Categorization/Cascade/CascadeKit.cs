using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>
/// Small, fast building blocks for cascade tests: one tiny trained model (shared, it takes a second to fit) and
/// calibrations with fixed Platt parameters, so a test can force "confident" or "unsure" without a special model.
/// </summary>
internal static class CascadeKit
{
    public const string Office = "6300", Fuel = "6750", Meals = "6200", Payroll = "6800", Equipment = "1500";

    private static readonly Lazy<TrainedClassifier> Trained = new(() => TransactionClassifier.Train(
    [
        .. Enumerable.Range(0, 12).Select(i => new LabelledTransaction($"STAPLES {1000 + i} SAN FRANCISCO CA", null, -20m - i, "chk", Office)),
        .. Enumerable.Range(0, 12).Select(i => new LabelledTransaction($"SHELL OIL {5700 + i} OAKLAND CA", null, -40m - i, "chk", Fuel)),
        .. Enumerable.Range(0, 12).Select(i => new LabelledTransaction($"BLUE BOTTLE COFFEE {i}", null, -5m - i, "chk", Meals)),
        .. Enumerable.Range(0, 12).Select(i => new LabelledTransaction($"GUSTO PAYROLL {240100 + i}", null, -9000m - i, "chk", Payroll)),
    ]));

    public static TrainedClassifier Model => Trained.Value;

    public static CategorizationInput Input(string description, decimal amount = -25m, string? memo = null) =>
        new("tx-1", description, memo, amount, "chk");

    public static string KeyOf(string description) => Categorizer.VendorKeyOf(Input(description));

    /// <summary>Stats for the description's vendor key with the given labels (oldest first).</summary>
    public static VendorLabelStats Stats(string description, params string[] labels) =>
        new(KeyOf(description), labels.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count()), labels);

    public static VendorRule Rule(string description, string account, decimal? min = null, decimal? max = null, int id = 1,
        RuleOrigin origin = RuleOrigin.Admin) =>
        new(new Guid(id, 0, 0, new byte[8]), KeyOf(description), account, min, max, null, origin, 1);

    /// <summary>Platt with A = 0: every raw p of that source calibrates to σ(B), whatever the model said.</summary>
    public static CalibrationModel Constant(double logit) => new(CalibrationMethod.Platt, [0, logit], [], [], 0, 0, 100);

    public static SourceCalibrations Calibrations(params (string Source, CalibrationModel Model)[] bySource) =>
        SourceCalibrations.FromModels(bySource.ToDictionary(s => s.Source, s => s.Model));

    public static CascadeContext Context(
        IReadOnlyList<VendorRule>? rules = null, VendorLabelStats? stats = null, bool withModel = true,
        SourceCalibrations? calibrations = null, CascadeOptions? options = null) =>
        new(rules ?? [], stats, withModel ? Model.Load() : null, withModel ? Model.Version : null,
            calibrations ?? SourceCalibrations.Identity, options ?? Options);

    /// <summary>The current cascade, but with history needing three labels, so one or two leave the answer to the model.</summary>
    public static readonly CascadeOptions Options = CascadeOptions.Default with { VendorHistoryMinLabels = 3 };
}
