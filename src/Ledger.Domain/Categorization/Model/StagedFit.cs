using Microsoft.ML;
using Microsoft.ML.Data;

namespace Ledger.Domain.Categorization.Model;

/// <summary>What a fit hands back: the model bytes and the hold-out probe's predictions and summed log-loss.</summary>
internal sealed record FitResult(byte[] Bytes, IReadOnlyList<HoldoutPrediction> Holdout, double LogLossSum);

/// <summary>
/// Pipeline 3's training (<see cref="ClassifierPipelineV3"/>): featurize once, probe on the 80% split, then fit all labels
/// starting from the probe's weights. The saved model is one chain (featurizer + predictor), so it loads and scores like
/// any other stored model.
/// </summary>
internal static class StagedFit
{
    public static FitResult Run(IReadOnlyList<LabelledTransaction> samples, int seed)
    {
        var ml = new MLContext(seed);
        var all = Rows(ml, samples);
        var featurizer = ClassifierPipelineV3.Featurizer(ml).Fit(all);
        var trainer = ClassifierPipelineV3.Trainer(ml);
        var (train, holdout) = HoldoutSplit.Split(samples);
        var predictions = new List<HoldoutPrediction>(holdout.Count);
        double logLoss = 0;
        Microsoft.ML.Trainers.MaximumEntropyModelParameters? start = null;
        if (train.Count > 0 && holdout.Count > 0)
        {
            var probe = trainer.Fit(ml.Data.Cache(featurizer.Transform(Rows(ml, train))));
            start = probe.Model;
            var scored = probe.Transform(featurizer.Transform(Rows(ml, holdout)));
            var keys = scored.GetColumn<uint>("Label").ToList();
            var scores = scored.GetColumn<float[]>("Score").ToList();
            var names = LabelNames(scored);
            var routing = new HoldoutRouting(train);
            for (var i = 0; i < keys.Count; i++)
            {
                var truth = (int)keys[i] - 1;
                // Clamped like ML.NET's LogLoss: an account the probe never saw costs ln(1e15), not infinity.
                logLoss -= Math.Log(Math.Max(scores[i][truth], 1e-15));
                var top = Enumerable.Range(0, scores[i].Length).OrderByDescending(k => scores[i][k]).ThenBy(k => names[k], StringComparer.Ordinal).First();
                predictions.Add(new HoldoutPrediction(Math.Clamp(scores[i][top], 0.0, 1.0), top == truth) { AskedLive = routing.AskedLive(holdout[i]) });
            }
        }
        var allFeatures = ml.Data.Cache(featurizer.Transform(all));
        var final = start is null ? trainer.Fit(allFeatures) : trainer.Fit(allFeatures, start);
        using var stream = new MemoryStream();
        ml.Model.Save(featurizer.Append(final), all.Schema, stream);
        return new FitResult(DeterministicZip.Normalize(stream.ToArray()), predictions, logLoss);
    }

    private static IDataView Rows(MLContext ml, IEnumerable<LabelledTransaction> samples) =>
        ml.Data.LoadFromEnumerable(samples.Select(ModelRows.From).ToList());

    private static string[] LabelNames(IDataView scored)
    {
        var slots = default(VBuffer<ReadOnlyMemory<char>>);
        scored.Schema["Score"].GetSlotNames(ref slots);
        return slots.DenseValues().Select(s => s.ToString()).ToArray();
    }
}
