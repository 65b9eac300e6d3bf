using System.Security.Cryptography;
using NodaTime;

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// A fitted per-tenant classifier as it is stored: the exact model bytes (so every node and every
/// replay loads the same version) plus the hold-out figures measured before the final fit.
/// </summary>
public sealed record TrainedClassifier(
    byte[] ModelBytes,
    int SampleCount,
    double HoldoutAccuracy,
    double HoldoutLogLoss,
    IReadOnlyList<string> Labels,
    Duration TrainingTime,
    IReadOnlyList<HoldoutPrediction> HoldoutPredictions)
{
    /// <summary>Content address of the bytes: two proposals with the same version came from the same model.</summary>
    public string Version { get; } = VersionOf(ModelBytes);

    public int HoldoutCount => HoldoutPredictions.Count;

    public ClassifierModel Load() => ClassifierModel.Load(ModelBytes);

    /// <summary>
    /// What the model's calibrator is fitted on: the hold-out rows the cascade would have asked the model for (a new or
    /// mixed vendor), as long as there are enough to fit one; else every hold-out row (docs/decisions.md 20).
    /// </summary>
    public IReadOnlyList<(double rawP, bool correct)> CalibrationSamples
    {
        get
        {
            var live = HoldoutPredictions.Where(h => h.AskedLive).ToList();
            return (live.Count >= Calibration.CalibrationFitter.MinSamplesForFit ? live : HoldoutPredictions)
                .Select(h => (h.TopProbability, h.Correct)).ToList();
        }
    }

    public static string VersionOf(byte[] bytes) => "m-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
}
