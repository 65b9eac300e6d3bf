using System.Text.Json;
using System.Text.Json.Serialization;
using Ledger.Domain.Calibration;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// The two calibration files an evaluation leaves behind for people and dashboards: the reliability bins before and
/// after calibration (overall and per source), and which calibrator each source got with its sample counts and ECE.
/// Pure: the caller supplies the date and the feed name, so the same report always gives the same bytes.
/// </summary>
public static class CalibrationArtifacts
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, // NaN precision when nothing is posted
    };

    public static string BinsJson(EvaluationReport report) => JsonSerializer.Serialize(new
    {
        bins = EceBins.DefaultCount,
        proposals = report.ProposalCount,
        before = Bins(report.RawEceResult),
        after = Bins(report.Ece),
        by_source = report.Outcomes.GroupBy(o => o.Source).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new
        {
            before = Bins(Ece.Compute(g.Select(o => (o.RawProbability, o.Correct)))),
            after = Bins(Ece.Compute(g.Select(o => (o.Probability, o.Correct)))),
        }),
    }, Json);

    public static string MetadataJson(EvaluationReport report, string feed, LocalDate date) => JsonSerializer.Serialize(new
    {
        feed,
        date = date.ToString("uuuu-MM-dd", null),
        calibration_version = report.Calibrations.Version,
        proposals = report.ProposalCount,
        history_rows = report.HistoryCount,
        ece_before = report.RawEce,
        ece_after = report.Ece.Ece,
        sources = report.Calibrations.BySource.Keys.Union(report.BySource.Keys).Order(StringComparer.Ordinal).ToDictionary(s => s, s =>
        {
            var fitted = report.Calibrations.BySource.GetValueOrDefault(s);
            var measured = report.BySource.GetValueOrDefault(s);
            return new
            {
                method = fitted?.Method ?? CalibrationMethod.Identity,
                // In-sample figures of the last fit (optimistic), then the out-of-sample ones over the replayed proposals.
                fit_samples = fitted?.SampleCount ?? 0,
                fit_ece_before = fitted?.EceBefore,
                fit_ece_after = fitted?.EceAfter,
                proposals = measured?.Count ?? 0,
                accuracy = measured?.Accuracy,
                ece_before = measured?.RawEce,
                ece_after = measured?.Ece,
            };
        }),
    }, Json);

    private static object Bins(EceResult r) => new
    {
        ece = r.Ece,
        bins = r.Bins.Select(b => new { lower = b.Lower, upper = b.Upper, count = b.Count, mean_p = b.MeanConfidence, accuracy = b.Accuracy }),
    };
}
