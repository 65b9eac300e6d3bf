using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ledger.Domain.Calibration;

namespace Ledger.Domain.Categorization;

/// <summary>
/// One calibrator per proposal source, versioned as a whole: the version is recorded on every proposal, so an
/// auditor loads exactly the calibrators that turned the raw p into the recorded calibrated p. A source without a
/// calibrator is passed through unchanged (identity), like a tenant with too few labels to fit one.
/// </summary>
public sealed record SourceCalibrations(string Version, IReadOnlyDictionary<string, CalibrationModel> BySource)
{
    public static SourceCalibrations Identity { get; } = new("identity", new Dictionary<string, CalibrationModel>());

    /// <summary>Calibrated p of a raw p from <paramref name="source"/> (a <see cref="ProposalSources"/> code).</summary>
    public double Calibrate(string source, double rawP) =>
        BySource.TryGetValue(source, out var model) ? model.Apply(rawP) : IdentityCalibrator.Instance.Calibrate(rawP);

    /// <summary>
    /// A source with too few outcomes of its own to fit a calibrator (identity) borrows the calibrator of the source whose
    /// raw p means the same: similar-vendor history's p is a vendor's (n+1)/(n+2), as vendor history's is, so until it has
    /// <see cref="CalibrationFitter.MinSamplesForFit"/> outcomes it is calibrated as history is (docs/decisions.md 50).
    /// </summary>
    public static IReadOnlyDictionary<string, CalibrationModel> WithBorrowed(IReadOnlyDictionary<string, CalibrationModel> bySource)
    {
        if (!bySource.TryGetValue(ProposalSources.VendorHistory, out var history)
            || (bySource.TryGetValue(ProposalSources.SimilarVendor, out var own) && own.Method != CalibrationMethod.Identity))
            return bySource;
        return new Dictionary<string, CalibrationModel>(bySource, StringComparer.Ordinal) { [ProposalSources.SimilarVendor] = history };
    }

    /// <summary>
    /// Calibrations whose version is a content address ("c-" + 12 hex of SHA-256 over the sources in ordinal order),
    /// so equal calibrators always get the same version and different ones (practically) never do.
    /// </summary>
    public static SourceCalibrations FromModels(IReadOnlyDictionary<string, CalibrationModel> bySource)
    {
        var ordered = bySource.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        // Doubles serialize in shortest round-trip form, so the bytes (and the version) are stable across runs.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(ordered.Select(p => new { Source = p.Key, p.Value }).ToList());
        var version = "c-" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        return new SourceCalibrations(version, ordered.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    // The dictionary is compared by content so two loads of the same version are equal records.
    public bool Equals(SourceCalibrations? other) =>
        other is not null && Version == other.Version && BySource.Count == other.BySource.Count
        && BySource.All(p => other.BySource.TryGetValue(p.Key, out var m) && m.Equals(p.Value));

    public override int GetHashCode() => HashCode.Combine(Version, BySource.Count);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Version = ").Append(Version).Append(", Sources = ").AppendJoin(", ", BySource.Select(p => $"{p.Key}:{p.Value.Method}"));
        return true;
    }
}
