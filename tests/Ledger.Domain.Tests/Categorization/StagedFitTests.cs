using Ledger.Domain.Categorization.Evaluation.NoisyFeeds;
using Ledger.Domain.Categorization.Model;
using Xunit.Abstractions;

namespace Ledger.Domain.Tests.Categorization;

/// <summary>Pipeline 3 (featurize once, warm-started final fit) against pipeline 2 (two cold fits) on the same labels.</summary>
public sealed class StagedFitTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledTransaction> Samples =
        NoisyFeedGenerator.Generate(seed: 21).Where(r => r.Tenant == "ridgeline-taproom").Take(600).Select(r => r.Labelled).ToList();

    [Fact]
    public void The_staged_fit_predicts_like_two_fits_and_reproduces_byte_for_byte()
    {
        var staged = TransactionClassifier.Train(Samples, pipeline: ClassifierPipeline.Staged);
        var twice = TransactionClassifier.Train(Samples, pipeline: ClassifierPipeline.LbfgsTwoFits);
        output.WriteLine($"staged {staged.HoldoutAccuracy:F4} {staged.HoldoutLogLoss:F4} {staged.TrainingTime}; two fits {twice.HoldoutAccuracy:F4} {twice.HoldoutLogLoss:F4} {twice.TrainingTime}");
        Assert.Equal(twice.HoldoutCount, staged.HoldoutCount);
        Assert.InRange(staged.HoldoutAccuracy, twice.HoldoutAccuracy - 0.02, 1.0);
        Assert.Equal(twice.Labels, staged.Labels);

        // The final model of each agrees on almost every later row (both are fits of one convex objective).
        var (a, b) = (staged.Load(), twice.Load());
        var later = NoisyFeedGenerator.Generate(seed: 22).Where(r => r.Tenant == "ridgeline-taproom").Take(300).ToList();
        var agree = later.Count(r => a.Predict(r.Features)[0].AccountCode == b.Predict(r.Features)[0].AccountCode);
        Assert.True(agree >= later.Count * 0.97, $"{agree} of {later.Count} agree");

        Assert.Equal(staged.Version, TransactionClassifier.Train(Samples, pipeline: ClassifierPipeline.Staged).Version);
    }

    [Fact]
    public void A_model_of_an_earlier_pipeline_still_loads_and_scores_as_it_did()
    {
        var twice = TransactionClassifier.Train(Samples, pipeline: ClassifierPipeline.LbfgsTwoFits);
        var row = Samples[^1];
        var before = twice.Load().Predict(row.Features);
        Assert.Equal(before, ClassifierModel.Load(twice.ModelBytes.ToArray()).Predict(row.Features));
        Assert.Equal(row.AccountCode, before[0].AccountCode);
    }

    [Fact]
    public void Calibration_is_fitted_on_the_hold_out_rows_the_cascade_would_send_to_the_model()
    {
        var trained = TransactionClassifier.Train(Samples);
        var live = trained.HoldoutPredictions.Where(h => h.AskedLive).ToList();
        output.WriteLine($"hold-out {trained.HoldoutCount}, asked live {live.Count}, accuracy all {trained.HoldoutAccuracy:F3} live {live.Count(h => h.Correct) / (double)live.Count:F3}");
        Assert.InRange(live.Count, 1, trained.HoldoutCount - 1);
        var samples = trained.CalibrationSamples;
        Assert.Equal(live.Count >= 30 ? live.Count : trained.HoldoutCount, samples.Count);
    }

    [Fact]
    public void Routing_sends_new_and_mixed_vendors_to_the_model_and_consistent_ones_to_history()
    {
        var routing = new HoldoutRouting(
        [
            new LabelledTransaction("HOME DEPOT #123 SALEM OR", null, -40m, "chk", "Repairs"),
            new LabelledTransaction("AMAZON MKTPL*1", null, -20m, "chk", "Office"),
            new LabelledTransaction("AMAZON MKTPL*2", null, -900m, "chk", "Equipment"),
        ]);
        Assert.False(routing.AskedLive(new LabelledTransaction("HOME DEPOT #999 SALEM OR", null, -75m, "chk", "Repairs")));
        Assert.True(routing.AskedLive(new LabelledTransaction("HOME DEPOT #999 SALEM OR", null, 75m, "chk", "Repairs"))); // a refund: no label that way
        Assert.True(routing.AskedLive(new LabelledTransaction("AMAZON MKTPL*3", null, -50m, "chk", "Office")));
        Assert.True(routing.AskedLive(new LabelledTransaction("LOWES #55", null, -50m, "chk", "Repairs")));
    }
}
