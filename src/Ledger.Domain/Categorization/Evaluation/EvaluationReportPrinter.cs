using System.Globalization;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>The plain-text report the jobs CLI prints; invariant culture so runs diff cleanly.</summary>
internal static class EvaluationReportPrinter
{
    public static void Print(EvaluationReport r, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Format(c, "proposals {0} (after {1} history rows), retrains {2}, training {3:F1} s in total, fit mean {4:F2} s, max {5:F2} s",
            r.ProposalCount, r.HistoryCount, r.Retrains, r.TrainingTime.TotalSeconds,
            r.Fits.Count == 0 ? 0 : r.Fits.Average(f => f.TotalSeconds), r.Fits.Count == 0 ? 0 : r.Fits.Max(f => f.TotalSeconds)));
        o.WriteLine(string.Format(c, "top-1 accuracy {0:F4} (vs recorded {1:F4})   Brier {2:F4}   ECE {3:F4} over N={4} (15 bins; raw-p ECE {5:F4})",
            r.Accuracy, r.AccuracyVsRecorded, r.Brier, r.Ece.Ece, r.EceSampleCount, r.RawEce));
        o.WriteLine(Point(c, string.Format(c, "template threshold {0:F2}", r.TemplateThreshold), r.AtTemplate));
        o.WriteLine(Point(c, "earned threshold (template until earned)", r.AtEarned));
        o.WriteLine(Point(c, string.Format(c, "earned threshold only (in force for {0} of {1})", r.EarnedInForce, r.ProposalCount), r.AtEarnedOnly));
        o.WriteLine(Point(c, "p >= 0.90", r.At90));
        o.WriteLine(Point(c, "p >= 0.95", r.At95));
        o.WriteLine(r.BestAt995 is { } best
            ? Point(c, "best for precision >= 99.5% (hindsight)", best)
            : "best for precision >= 99.5% (hindsight): none (even the most confident proposals miss it)");
        o.WriteLine(Point(c, "at 85% coverage", r.AtCoverage85));
        o.WriteLine("sources: " + string.Join(", ", r.SourceShare.Select(s => string.Format(c, "{0} {1:P1}", s.Key, s.Value))));
        foreach (var (source, s) in r.BySource)
            o.WriteLine(string.Format(c, "  {0}: n={1}, errors {2}, accuracy {3:F4}, ECE raw {4:F4} -> calibrated {5:F4} ({6})",
                source, s.Count, s.Count - s.Correct, s.Accuracy, s.RawEce, s.Ece, r.Calibrations.BySource.TryGetValue(source, out var m) ? $"{m.Method}, fitted on {m.SampleCount}" : "identity"));
        var cold = r.ColdStartBySource;
        o.WriteLine(string.Format(c, "cold start (vendor never labelled): n={0}, errors {1}: ", cold.Values.Sum(s => s.Count), cold.Values.Sum(s => s.Count - s.Correct))
            + string.Join(", ", cold.Select(p => string.Format(c, "{0} {1}/{2}", p.Key, p.Value.Count - p.Value.Correct, p.Value.Count))));
        o.WriteLine(string.Format(c, "llm wanted (cal p < {0:F2} or new vendor): {1} of {2} ({3:P1}); calibration {4}",
            CascadeOptions.Default.LlmBelowP, r.LlmWantedCount, r.ProposalCount, r.ProposalCount == 0 ? 0 : (double)r.LlmWantedCount / r.ProposalCount, r.Calibrations.Version));
        o.WriteLine(string.Format(c, "proposal latency p50 {0:F3} ms, p95 {1:F3} ms",
            r.LatencyP50.TotalMilliseconds, r.LatencyP95.TotalMilliseconds));
        o.WriteLine("reliability (bin: n, mean p, accuracy):");
        foreach (var b in r.Ece.Bins.Where(b => b.Count > 0))
            o.WriteLine(string.Format(c, "  [{0:F2},{1:F2}) n={2,5} p={3:F3} acc={4:F3}", b.Lower, b.Upper, b.Count, b.MeanConfidence, b.Accuracy));
    }

    private static string Point(IFormatProvider c, string name, ThresholdPoint p) =>
        double.IsNaN(p.Threshold)
            ? string.Format(c, "{0}: coverage {1:P1} ({2} posted), precision {3:P2}", name, p.Coverage, p.Posted, p.Precision)
            : string.Format(c, "{0}: threshold {1:F4}, coverage {2:P1} ({3} posted), precision {4:P2}", name, p.Threshold, p.Coverage, p.Posted, p.Precision);
}
