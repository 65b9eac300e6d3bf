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

    public static string VersionOf(byte[] bytes) => "m-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
}
