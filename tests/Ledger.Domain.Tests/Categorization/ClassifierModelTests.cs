using Ledger.Domain.Categorization.Model;
using Xunit.Abstractions;

namespace Ledger.Domain.Tests.Categorization;

public sealed class ClassifierModelTests(ITestOutputHelper output)
{
    private static readonly Lazy<TrainedClassifier> Beancount =
        new(() => TransactionClassifier.Train(BeancountFeed.Rows.Select(r => r.Labelled).ToList()));

    [Fact]
    public void Beancount_holdout_accuracy_stays_above_the_observed_floor()
    {
        var trained = Beancount.Value;
        output.WriteLine($"n={trained.SampleCount} holdout={trained.HoldoutCount} acc={trained.HoldoutAccuracy:F4} logloss={trained.HoldoutLogLoss:F4} " +
                         $"labels={trained.Labels.Count} time={trained.TrainingTime.TotalMilliseconds:F0}ms version={trained.Version}");
        Assert.Equal(881, trained.SampleCount);
        Assert.InRange(trained.HoldoutCount, 130, 220);
        // Observed 0.9947 (188/189) with seed 42; the floor leaves room for feature changes.
        Assert.True(trained.HoldoutAccuracy > 0.97, $"holdout accuracy {trained.HoldoutAccuracy}");
        Assert.Equal(16, trained.Labels.Count);
    }

    [Fact]
    public void A_model_loaded_from_the_same_bytes_gives_bit_identical_scores()
    {
        var trained = Beancount.Value;
        var a = ClassifierModel.Load(trained.ModelBytes);
        var b = ClassifierModel.Load(trained.ModelBytes.ToArray());
        foreach (var row in BeancountFeed.Rows.Take(200))
        {
            var sa = a.Predict(row.Features, top: 16);
            var sb = b.Predict(row.Features, top: 16);
            Assert.Equal(sa.Select(s => s.AccountCode), sb.Select(s => s.AccountCode));
            Assert.Equal(sa.Select(s => BitConverter.DoubleToInt64Bits(s.Probability)), sb.Select(s => BitConverter.DoubleToInt64Bits(s.Probability)));
            Assert.InRange(sa.Sum(s => s.Probability), 0.999, 1.001);
            Assert.True(sa.Zip(sa.Skip(1)).All(p => p.First.Probability >= p.Second.Probability));
        }
    }

    [Fact]
    public void Predict_is_thread_safe_and_deterministic()
    {
        var model = Beancount.Value.Load();
        var rows = BeancountFeed.Rows.Take(100).ToList();
        var expected = rows.Select(r => model.Predict(r.Features)[0]).ToList();
        var parallel = new AccountScore[rows.Count];
        Parallel.For(0, rows.Count * 4, i => parallel[i % rows.Count] = model.Predict(rows[i % rows.Count].Features)[0]);
        Assert.Equal(expected, parallel);
    }

    [Fact]
    public void Single_account_tenant_gets_a_constant_model_and_empty_history_is_refused()
    {
        var samples = Enumerable.Range(0, 5).Select(i => new LabelledTransaction($"RENT {i}", null, -1500m, "chk", "6400")).ToList();
        var trained = TransactionClassifier.Train(samples);
        var score = Assert.Single(trained.Load().Predict(new TransactionFeatures("anything", null, -3m, "chk")));
        Assert.Equal(new AccountScore("6400", 1.0), score);
        Assert.StartsWith("m-", trained.Version);
        Assert.Throws<DomainException>(() => TransactionClassifier.Train([]));
    }

    [Fact]
    public void Training_twice_on_the_same_samples_gives_the_same_model()
    {
        var samples = BeancountFeed.Rows.Take(200).Select(r => r.Labelled).ToList();
        var a = TransactionClassifier.Train(samples);
        var b = TransactionClassifier.Train(samples);
        output.WriteLine($"versions {a.Version} {b.Version}");
        Assert.Equal(a.Version, b.Version); // ML.NET 5.0.1 writes identical zip bytes for identical fits
        Assert.Equal(a.HoldoutPredictions, b.HoldoutPredictions);
        var (ma, mb) = (a.Load(), b.Load());
        foreach (var row in BeancountFeed.Rows.Skip(200).Take(50))
            Assert.Equal(ma.Predict(row.Features), mb.Predict(row.Features));
    }

    [Fact]
    public void Classes_with_a_single_sample_train_fine()
    {
        var samples = BeancountFeed.Rows.Take(60).Select(r => r.Labelled)
            .Append(new LabelledTransaction("ONE-OFF LAWYER", null, -900m, "chk", "6950")).ToList();
        var trained = TransactionClassifier.Train(samples);
        Assert.Contains("6950", trained.Labels);
    }
}
