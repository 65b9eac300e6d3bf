using ScottPlot;

namespace Ledger.Jobs.Commands.Bench;

/// <summary>
/// The run's figures on one PNG (ScottPlot, as the shadow report draws): per measure the figure and its limit, each as a share
/// of the goal, so measures of different units sit on one axis; the bars carry the measured values.
/// </summary>
public static class BenchChart
{
    public static void Write(IReadOnlyList<BenchFigure> figures, string caption, string path)
    {
        var plt = new Plot();
        var bars = new List<Bar>();
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            // For a time (lower is better) the goal divided by the figure, so above the line means the goal is met there too.
            // Capped at 5× the goal: a near-zero lag would otherwise flatten every other bar.
            var share = Math.Min(5, f.HigherIsBetter ? f.Value / f.Goal : f.Goal / Math.Max(f.Value, 0.001));
            bars.Add(new Bar { Position = 3 * i, Value = share, Label = $"{f.Value.ToString(f.HigherIsBetter ? "N0" : "N1")} {f.Unit}", FillColor = f.GoalMet ? Colors.SeaGreen : Colors.IndianRed });
            if (f.Limit is { } limit)
                bars.Add(new Bar { Position = 3 * i + 1, Value = Math.Min(5, limit / f.Goal), Label = $"limit {limit:N0}", FillColor = Colors.Gray });
        }
        var plot = plt.Add.Bars(bars);
        plot.ValueLabelStyle.FontSize = 12;
        var goal = plt.Add.HorizontalLine(1);
        goal.LinePattern = LinePattern.Dashed;
        goal.Color = Colors.Black;
        goal.LegendText = "goal";
        plt.Axes.Bottom.SetTicks(Enumerable.Range(0, figures.Count).Select(i => 3.0 * i + 0.5).ToArray(),
            figures.Select(f => $"{f.Measure}\ngoal {(f.HigherIsBetter ? "≥" : "≤")} {f.Goal:N0} {f.Unit}").ToArray());
        plt.Axes.Margins(bottom: 0, top: 0.15);
        plt.Title($"Macro figures vs goal (dashed) and limit measured in the same run (gray)\n{caption}");
        plt.XLabel("measure (green: goal met, red: not; a time is drawn as goal ÷ figure)");
        plt.YLabel("share of the goal (capped at 5)");
        plt.ShowLegend(Alignment.UpperLeft);
        plt.SavePng(path, 1200, 600);
    }
}
