using Ledger.Domain.Calibration;
using ScottPlot;

namespace Ledger.Jobs.Commands.Shadow;

/// <summary>
/// The report's three PNGs (ScottPlot renders with managed SkiaSharp: no display needed). Each names the tenant and the
/// window in its title and says what its axes count, so a chart still reads correctly when mailed on its own.
/// </summary>
public static class ShadowCharts
{
    public static void Reliability(IReadOnlyList<EceBin> bins, double ece, string caption, string path)
    {
        var plt = new Plot();
        var ideal = plt.Add.Line(0, 0, 1, 1);
        ideal.LinePattern = LinePattern.Dashed;
        ideal.Color = Colors.Gray;
        ideal.LegendText = "ideal: share right = p";
        var used = bins.Where(b => b.Count > 0).ToList();
        var n = used.Sum(b => b.Count);
        if (used.Count > 0)
        {
            // The vertical gap of each bin to the diagonal is what ECE averages (weighted by the bin's count).
            foreach (var b in used)
            {
                var gap = plt.Add.Line(b.MeanConfidence, b.MeanConfidence, b.MeanConfidence, b.Accuracy);
                gap.Color = Colors.Red.WithAlpha(.5);
            }
            var s = plt.Add.Scatter(used.Select(b => b.MeanConfidence).ToArray(), used.Select(b => b.Accuracy).ToArray());
            s.LegendText = "observed: one dot per bin of p (15 bins)";
            s.MarkerSize = 9;
            s.LineWidth = 1;
            foreach (var b in used)
            {
                var t = plt.Add.Text($"n={b.Count}", b.MeanConfidence, b.Accuracy);
                t.LabelFontSize = 11;
                t.LabelOffsetY = 14;   // below the dot, clear of the diagonal above it at high p
                t.LabelAlignment = Alignment.UpperCenter;
            }
        }
        else
        {
            plt.Add.Annotation("No decision has a final answer yet (reviewed, or auto-posted and not reversed in 14 days)", Alignment.MiddleCenter);
        }
        plt.Axes.SetLimits(0, 1.02, 0, 1.05);
        plt.Title($"Reliability: calibrated p vs share right (ECE {ece:F3}, {n} answers)\n{caption}");
        plt.XLabel("calibrated p of the proposal (mean of the bin)");
        plt.YLabel("share of proposals right (final answer)");
        plt.ShowLegend(Alignment.LowerRight);   // the upper left is where a low-p bin that was right anyway lands
        plt.SavePng(path, 900, 650);
    }

    public static void Reasons(IReadOnlyDictionary<string, int> reasons, int decisions, string caption, string path)
    {
        var plt = new Plot();
        var items = reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToList();
        var bars = items.Select((r, i) => new Bar
        {
            Position = i, Value = r.Value, Label = $"{r.Value} ({(decisions == 0 ? 0 : 100.0 * r.Value / decisions):0}%)",
            FillColor = r.Key == "autopost_disabled" ? Colors.Gray : Colors.SteelBlue,
        }).ToList();
        var plot = plt.Add.Bars(bars);
        plot.ValueLabelStyle.FontSize = 13;
        if (items.Count > 0)
            plt.Axes.Bottom.SetTicks(Enumerable.Range(0, items.Count).Select(i => (double)i).ToArray(), items.Select(r => r.Key).ToArray());
        else
            plt.Add.Annotation("No decision in the window", Alignment.MiddleCenter);
        plt.Axes.Margins(bottom: 0, top: 0.15);
        plt.Title($"Why decisions were not auto-posted, of {decisions} decisions (one can have several reasons)\n{caption}");
        plt.XLabel("reason code (gray: auto-posting is off for the tenant, i.e. shadow mode)");
        plt.YLabel("decisions with this reason");
        plt.SavePng(path, 1000, 550);
    }

    public static void Weekly(IReadOnlyList<ShadowWeek> weeks, string caption, string path)
    {
        var plt = new Plot();
        var xs = Enumerable.Range(0, weeks.Count).Select(i => (double)i).ToArray();
        var a = plt.Add.Scatter(xs, weeks.Select(w => 100 * w.Automation).ToArray());
        a.LegendText = "automation: would auto-post / decided";
        a.MarkerSize = 7;
        a.LineWidth = 2;
        // Weeks without any final answer are left out rather than drawn as 0% accuracy.
        var answered = weeks.Select((w, i) => (w, i)).Where(x => x.w.Accuracy is not null).ToList();
        var c = plt.Add.Scatter(answered.Select(x => (double)x.i).ToArray(), answered.Select(x => 100 * x.w.Accuracy!.Value).ToArray());
        c.LegendText = "accuracy: proposal = final answer, of the answered";
        c.MarkerSize = 7;
        c.LineWidth = 2;
        if (weeks.Count > 0)
            plt.Axes.Bottom.SetTicks(xs, weeks.Select(w => $"{w.Monday:MM-dd}\nn={w.Decided}").ToArray());
        else
            plt.Add.Annotation("No decision in the window", Alignment.MiddleCenter);
        plt.Axes.SetLimitsX(-0.5, Math.Max(weeks.Count, 1) - 0.5);
        plt.Axes.SetLimitsY(0, 105);
        plt.Title($"Automation and accuracy per week of the bank transactions\n{caption}");
        plt.XLabel("week of the bank line (Monday, MM-dd) and decisions in it");
        plt.YLabel("percent");
        plt.ShowLegend(Alignment.LowerLeft);
        plt.SavePng(path, 1000, 550);
    }

    /// <summary>The policy what-if's curve: automation and precision (with its 95% lower bound) against the threshold.</summary>
    public static void ThresholdCurve(IReadOnlyList<Ledger.Domain.Decisions.WhatIf.CurvePoint> curve, double inForce, string caption, string path)
    {
        var plt = new Plot();
        var xs = curve.Select(c => c.Threshold).ToArray();
        var a = plt.Add.Scatter(xs, curve.Select(c => 100 * c.Automation).ToArray());
        a.LegendText = "automation: would auto-post / decided";
        a.MarkerSize = 4;
        var measured = curve.Where(c => c.Precision is not null).ToList();
        var p = plt.Add.Scatter(measured.Select(c => c.Threshold).ToArray(), measured.Select(c => 100 * c.Precision!.Value).ToArray());
        p.LegendText = "precision: posts the final answer kept";
        p.MarkerSize = 4;
        var low = plt.Add.Scatter(measured.Select(c => c.Threshold).ToArray(), measured.Select(c => 100 * c.PrecisionLow!.Value).ToArray());
        low.LegendText = "precision, 95% lower bound";
        low.LinePattern = LinePattern.Dashed;
        low.MarkerSize = 0;
        var now = plt.Add.VerticalLine(inForce);
        now.LegendText = $"threshold in force {inForce:0.00}";
        now.Color = Colors.Gray;
        if (measured.Count == 0) plt.Add.Annotation("No auto-post would have a final answer at any threshold", Alignment.MiddleCenter);
        plt.Axes.SetLimitsY(0, 105);
        plt.Title($"What-if: automation and precision by auto-post threshold (recorded decisions replayed)\n{caption}");
        plt.XLabel("auto-post threshold (calibrated p at least)");
        plt.YLabel("percent");
        plt.ShowLegend(Alignment.LowerLeft);
        plt.SavePng(path, 1000, 550);
    }
}
