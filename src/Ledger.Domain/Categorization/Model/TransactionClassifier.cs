using System.Diagnostics;
using Microsoft.ML;
using NodaTime;

namespace Ledger.Domain.Categorization.Model;

/// <summary>Fits a tenant's classifier from its posted transactions.</summary>
public static class TransactionClassifier
{
    /// <summary>
    /// Measures accuracy on a deterministic 20% hold-out, then fits the final model on ALL samples
    /// (the hold-out only estimates quality; throwing those labels away would make the model worse).
    /// </summary>
    public static TrainedClassifier Train(IReadOnlyList<LabelledTransaction> samples, int seed = 42, int pipeline = ClassifierPipeline.Current)
    {
        if (samples.Count == 0)
            throw new DomainException("Cannot train a classifier without any posted transactions.");
        var clock = Stopwatch.StartNew();
        var distinct = samples.Select(s => s.AccountCode).Distinct(StringComparer.Ordinal).Count();
        var fit = pipeline >= ClassifierPipeline.Staged && distinct > 1 ? StagedFit.Run(samples, seed) : FitTwice(samples, seed, pipeline);
        var labels = ClassifierModel.Load(fit.Bytes).Labels;
        clock.Stop();
        var n = fit.Holdout.Count;
        return new TrainedClassifier(fit.Bytes, samples.Count,
            n == 0 ? double.NaN : fit.Holdout.Count(p => p.Correct) / (double)n,
            n == 0 ? double.NaN : fit.LogLossSum / n,
            labels, Duration.FromTimeSpan(clock.Elapsed), fit.Holdout);
    }

    /// <summary>Pipelines 1 and 2 (and a one-account tenant): a probe fitted on the 80% split, then a fresh fit on all labels.</summary>
    private static FitResult FitTwice(IReadOnlyList<LabelledTransaction> samples, int seed, int pipeline)
    {
        var (train, holdout) = HoldoutSplit.Split(samples);
        var predictions = new List<HoldoutPrediction>(holdout.Count);
        double logLoss = 0;
        if (train.Count > 0 && holdout.Count > 0)
        {
            var probe = ClassifierModel.Load(Fit(train, seed, pipeline));
            var routing = new HoldoutRouting(train);
            foreach (var row in holdout)
            {
                var scores = probe.Predict(row.Features, top: int.MaxValue);
                var pTrue = scores.FirstOrDefault(s => s.AccountCode == row.AccountCode)?.Probability ?? 0;
                // Clamped like ML.NET's LogLoss: an account never seen in training costs ln(1e15), not infinity.
                logLoss -= Math.Log(Math.Max(pTrue, 1e-15));
                predictions.Add(new HoldoutPrediction(scores[0].Probability, scores[0].AccountCode == row.AccountCode) { AskedLive = routing.AskedLive(row) });
            }
        }
        return new FitResult(Fit(samples, seed, pipeline), predictions, logLoss);
    }

    private static byte[] Fit(IReadOnlyList<LabelledTransaction> samples, int seed, int pipeline)
    {
        var distinct = samples.Select(s => s.AccountCode).Distinct(StringComparer.Ordinal).ToList();
        // One account only: a trainer has nothing to separate, so the tenant gets a constant model.
        if (distinct.Count == 1) return ConstantModel.Serialize(distinct[0]);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(samples.Select(ModelRows.From).ToList());
        var model = ClassifierPipeline.Build(ml, pipeline).Fit(data);
        using var stream = new MemoryStream();
        ml.Model.Save(model, data.Schema, stream);
        return DeterministicZip.Normalize(stream.ToArray());
    }
}
