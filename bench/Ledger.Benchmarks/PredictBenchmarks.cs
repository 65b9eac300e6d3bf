using BenchmarkDotNet.Attributes;
using Ledger.Domain.Categorization.Evaluation;
using Ledger.Domain.Categorization.Model;

namespace Ledger.Benchmarks;

/// <summary>One prediction (top 3) of the current pipeline's model, trained in the setup on 2,000 labels of the hard feed.</summary>
[MemoryDiagnoser]
public class PredictBenchmarks
{
    ClassifierModel model = null!;
    TransactionFeatures[] rows = [];
    int next;

    [GlobalSetup]
    public void Setup()
    {
        var feed = Enumerable.Range(1, 3).SelectMany(seed => HardFeedGenerator.Generate(seed, 2020 + seed)).ToList();
        model = TransactionClassifier.Train(feed.Take(2_000).Select(r => r.Labelled).ToList()).Load();
        rows = feed.Skip(2_000).Take(256).Select(r => r.Features).ToArray();
    }

    [Benchmark]
    public IReadOnlyList<AccountScore> PredictSingle() => model.Predict(rows[next++ & 255], top: 3);
}
