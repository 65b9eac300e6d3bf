using Ledger.Domain.Calibration;
using ScottPlot;

namespace Ledger.Jobs.Commands.Shadow;

/// <summary>The report's three PNGs (ScottPlot renders with managed SkiaSharp: no display needed).</summary>
public static class ShadowCharts
{
    public static void Reliability(IReadOnlyList<EceBin> bins, string path)
    {
        var plt = new Plot();
        var ideal = plt.Add.Scatter(new double[] { 0, 1 }, new double[] { 0, 1 });
        ideal.LinePattern = LinePattern.Dashed;
        ideal.LegendText = "ideal (accuracy = confidence)";
        var used = bins.Where(b => b.Count > 0).ToList();
        if (used.Count > 0)
        {
            var s = plt.Add.Scatter(used.Select(b => b.MeanConfidence).ToArray(), used.Select(b => b.Accuracy).ToArray());
            s.LegendText = "observed, per bin (15 bins)";
            s.MarkerSize = 9;
            foreach (var b in used) plt.Add.Text($"n={b.Count}", b.MeanConfidence, b.Accuracy).LabelFontSize = 10;
        }
        plt.Axes.SetLimits(0, 1, 0, 1.05);
        plt.Title("Reliability diagram");
        plt.XLabel("calibrated p (mean per bin)");
        plt.YLabel("share right");
        plt.ShowLegend(Alignment.UpperLeft);
        plt.SavePng(path, 800, 600);
    }

    public static void Reasons(IReadOnlyDictionary<string, int> reasons, string path)
    {
        var plt = new Plot();
        var items = reasons.OrderByDescending(r => r.Value).ToList();
        plt.Add.Bars(items.Select(r => (double)r.Value).ToArray());
        plt.Axes.Bottom.SetTicks(Enumerable.Range(0, items.Count).Select(i => (double)i).ToArray(), items.Select(r => r.Key).ToArray());
        plt.Axes.Margins(bottom: 0);
        plt.Title("Reasons for not auto-posting (one decision can have several)");
        plt.YLabel("decisions");
        plt.SavePng(path, 900, 500);
    }

    public static void Weekly(IReadOnlyList<(string Week, double Automation, double Accuracy)> weeks, string path)
    {
        var plt = new Plot();
        var xs = Enumerable.Range(0, weeks.Count).Select(i => (double)i).ToArray();
        var a = plt.Add.Scatter(xs, weeks.Select(w => w.Automation).ToArray());
        a.LegendText = "automation (would auto-post / decided)";
        var c = plt.Add.Scatter(xs, weeks.Select(w => w.Accuracy).ToArray());
        c.LegendText = "accuracy (of decisions with a final answer)";
        plt.Axes.Bottom.SetTicks(xs, weeks.Select(w => w.Week).ToArray());
        plt.Axes.SetLimitsY(0, 1.05);
        plt.Title("Automation and accuracy per week");
        plt.ShowLegend(Alignment.LowerLeft);
        plt.SavePng(path, 900, 500);
    }
}
