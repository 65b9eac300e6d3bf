using Ledger.Domain.Calibration;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// What a replay measured, over the reviewed proposals only (never the onboarding history). Every
/// probability figure uses the calibrated p, because that is what the auto-post threshold sees;
/// <see cref="RawEce"/> is kept to show what calibration bought.
/// </summary>
public sealed record EvaluationReport(
    IReadOnlyList<ProposalOutcome> Outcomes,
    int HistoryCount,
    int Retrains,
    Duration TrainingTime,
    double Accuracy,
    double Brier,
    EceResult Ece,
    double RawEce,
    ThresholdPoint At90,
    ThresholdPoint At95,
    ThresholdPoint? BestAt995,
    ThresholdPoint AtCoverage85,
    IReadOnlyDictionary<string, double> SourceShare,
    Duration LatencyP50,
    Duration LatencyP95)
{
    public const double TargetPrecision = 0.995;

    public int ProposalCount => Outcomes.Count;

    /// <summary>The calibrations in force at the end of the replay (what the CLI writes to calibration_metadata.json).</summary>
    public SourceCalibrations Calibrations { get; init; } = SourceCalibrations.Identity;

    /// <summary>Top-1 against what the reviewers answered (slips included); <see cref="Accuracy"/> is against the adjudicated account.</summary>
    public double AccuracyVsRecorded => Outcomes.Count == 0 ? 0 : Outcomes.Count(o => o.AgreesWithReviewer) / (double)Outcomes.Count;

    /// <summary>The template's auto-post threshold the replay was given.</summary>
    public double TemplateThreshold { get; init; } = 0.90;

    public ThresholdPoint AtTemplate => ThresholdScan.At(Outcomes, TemplateThreshold);

    /// <summary>Each proposal posted when p ≥ the threshold the system had earned for its source on earlier outcomes, else the template's.</summary>
    public ThresholdPoint AtEarned => ThresholdScan.Earned(Outcomes, TemplateThreshold, fallBackToTemplate: true);

    /// <summary>As <see cref="AtEarned"/>, but nothing is posted before a threshold is earned.</summary>
    public ThresholdPoint AtEarnedOnly => ThresholdScan.Earned(Outcomes, TemplateThreshold, fallBackToTemplate: false);

    /// <summary>Proposals made while the system had an earned threshold for their source.</summary>
    public int EarnedInForce => Outcomes.Count(o => o.EarnedThreshold is not null);

    /// <summary>Every model fit of the replay (hold-out fit + final fit), in order.</summary>
    public IReadOnlyList<Duration> Fits { get; init; } = [];

    /// <summary>Proposals for a vendor with no label yet, per source: how many and how many right.</summary>
    public IReadOnlyDictionary<string, SourceSummary> ColdStartBySource =>
        Summaries(Outcomes.Where(o => o.ColdStart));

    public int CorrectCount => Outcomes.Count(o => o.Correct);

    /// <summary>Proposals where production would have asked the LLM (unsure or new vendor); the replay has no LLM.</summary>
    public int LlmWantedCount => Outcomes.Count(o => o.WantsLlm);

    /// <summary>Per source: how many proposals, how many right, and ECE before/after calibration (the gates' inputs).</summary>
    public IReadOnlyDictionary<string, SourceSummary> BySource => Summaries(Outcomes);

    private static Dictionary<string, SourceSummary> Summaries(IEnumerable<ProposalOutcome> outcomes) =>
        outcomes.GroupBy(o => o.Source).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new SourceSummary(
            g.Count(), g.Count(o => o.Correct),
            Calibration.Ece.Compute(g.Select(o => (o.RawProbability, o.Correct))).Ece,
            Calibration.Ece.Compute(g.Select(o => (o.Probability, o.Correct))).Ece));

    /// <summary>The reliability bins of the raw p (before calibration); <see cref="Ece"/> holds those after.</summary>
    public EceResult RawEceResult => Calibration.Ece.Compute(Outcomes.Select(o => (o.RawProbability, o.Correct)), EceBins.DefaultCount);

    /// <summary>Samples the ECE was computed over (must equal <see cref="ProposalCount"/>).</summary>
    public int EceSampleCount => Ece.Bins.Sum(b => b.Count);

    public static EvaluationReport From(IReadOnlyList<ProposalOutcome> outcomes, int historyCount, int retrains, Duration trainingTime,
        SourceCalibrations? calibrations = null)
    {
        var calibrated = outcomes.Select(o => (o.Probability, o.Correct)).ToList();
        var latencies = outcomes.Select(o => o.Latency).OrderBy(d => d).ToList();
        return new EvaluationReport(outcomes, historyCount, retrains, trainingTime,
            outcomes.Count == 0 ? 0 : outcomes.Count(o => o.Correct) / (double)outcomes.Count,
            Calibration.Brier.Score(calibrated),
            Calibration.Ece.Compute(calibrated, EceBins.DefaultCount),
            Calibration.Ece.Compute(outcomes.Select(o => (o.RawProbability, o.Correct))).Ece,
            ThresholdScan.At(outcomes, 0.90),
            ThresholdScan.At(outcomes, 0.95),
            ThresholdScan.HighestCoverage(outcomes, TargetPrecision),
            ThresholdScan.AtCoverage(outcomes, 0.85),
            outcomes.GroupBy(o => o.Source).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count() / (double)outcomes.Count),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.95)) { Calibrations = calibrations ?? SourceCalibrations.Identity };
    }

    public sealed record SourceSummary(int Count, int Correct, double RawEce, double Ece)
    {
        public double Accuracy => Count == 0 ? 0 : (double)Correct / Count;
    }

    private static Duration Percentile(IReadOnlyList<Duration> sorted, double q) =>
        sorted.Count == 0 ? Duration.Zero : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];

    public void Print(TextWriter output) => EvaluationReportPrinter.Print(this, output);

    public override string ToString()
    {
        using var writer = new StringWriter();
        Print(writer);
        return writer.ToString();
    }
}
