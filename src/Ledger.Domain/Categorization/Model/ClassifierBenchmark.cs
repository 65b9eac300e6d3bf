using System.Diagnostics;
using System.Globalization;
using Ledger.Domain.Categorization.Evaluation;
using NodaTime;

namespace Ledger.Domain.Categorization.Model;

/// <summary>Training time and single-transaction prediction latency, as measured by <see cref="ClassifierBenchmark"/>.</summary>
public sealed record BenchmarkResult(TrainedClassifier Trained, int Predictions, double TrainAccuracy, Duration P50, Duration P95)
{
    /// <summary>CPU time the process spent training (all threads): on a shared machine it says more than the wall clock.</summary>
    public Duration TrainingCpu { get; init; }

    public int Pipeline { get; init; } = ClassifierPipeline.Current;
}

/// <summary>
/// Measures what onboarding and live proposing cost: one training on 10,000 labels (hard generated
/// feed, several seeded years) and one prediction at a time, as the import pipeline calls it.
/// </summary>
public static class ClassifierBenchmark
{
    public static BenchmarkResult Run(TextWriter output, int labels = 10_000, int predictions = 2_000, int pipeline = ClassifierPipeline.Current)
    {
        var rows = Enumerable.Range(1, 10).SelectMany(seed => HardFeedGenerator.Generate(seed, 2020 + seed)).Take(labels).ToList();
        var samples = rows.Select(r => r.Labelled).ToList();
        predictions = Math.Min(predictions, rows.Count);   // "--labels 1000" times as many predictions as there are rows
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var trained = TransactionClassifier.Train(samples, pipeline: pipeline);
        var trainingCpu = Duration.FromTimeSpan(Process.GetCurrentProcess().TotalProcessorTime - cpu);
        var model = trained.Load();

        // Warm up once so the figures are steady-state, not JIT.
        model.Predict(rows[0].Features);
        var latencies = new List<Duration>(predictions);
        var correct = 0;
        foreach (var row in rows.Take(predictions))
        {
            var clock = Stopwatch.StartNew();
            var top = model.Predict(row.Features, top: 3)[0];
            latencies.Add(Duration.FromTimeSpan(clock.Elapsed));
            if (top.AccountCode == row.TrueAccountCode) correct++;
        }
        latencies.Sort();
        var result = new BenchmarkResult(trained, predictions, correct / (double)predictions,
            latencies[predictions / 2], latencies[Math.Min(predictions - 1, (int)(predictions * 0.95))]) { TrainingCpu = trainingCpu, Pipeline = pipeline };
        Print(result, output);
        return result;
    }

    private static void Print(BenchmarkResult r, TextWriter o)
    {
        var c = CultureInfo.InvariantCulture;
        var t = r.Trained;
        o.WriteLine(string.Format(c, "training (pipeline {6}) on {0} labels ({1} accounts): {2:F2} s wall, {3:F2} s CPU (hold-out fit + final fit), model {4} ({5:N0} bytes)",
            t.SampleCount, t.Labels.Count, t.TrainingTime.TotalSeconds, r.TrainingCpu.TotalSeconds, t.Version, t.ModelBytes.Length, r.Pipeline));
        o.WriteLine(string.Format(c, "hold-out ({0} rows): accuracy {1:F4}, log-loss {2:F4}; training-set accuracy {3:F4}",
            t.HoldoutCount, t.HoldoutAccuracy, t.HoldoutLogLoss, r.TrainAccuracy));
        o.WriteLine(string.Format(c, "prediction latency over {0} single calls: p50 {1:F3} ms, p95 {2:F3} ms",
            r.Predictions, r.P50.TotalMilliseconds, r.P95.TotalMilliseconds));
    }
}
