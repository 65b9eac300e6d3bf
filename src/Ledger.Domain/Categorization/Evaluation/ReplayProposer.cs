using System.Diagnostics;
using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization.Model;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// The proposal side of a replay: vendor memory first, the tenant's model otherwise, each with its own
/// calibrator. Calibration is fitted only on predictions made without seeing the label: the model's
/// hold-out rows plus every earlier reviewed proposal of that source (exactly what a pilot would have).
/// </summary>
internal sealed class ReplayProposer(EvaluationOptions options)
{
    private readonly VendorMemory _memory = new(options.VendorMemoryMinLabels);
    private readonly List<(double rawP, bool correct)> _modelReviewed = [];
    private readonly List<(double rawP, bool correct)> _memoryReviewed = [];
    private ClassifierModel? _model;
    private ICalibrator _modelCalibration = IdentityCalibrator.Instance;
    private ICalibrator _memoryCalibration = IdentityCalibrator.Instance;

    public int Retrains { get; private set; }
    public Duration TrainingTime { get; private set; } = Duration.Zero;
    public TrainedClassifier? Latest { get; private set; }

    private IReadOnlyList<HoldoutPrediction> _holdout = [];

    /// <summary>
    /// An onboarding-history row, taken in time order: vendor memory is asked before it learns the row,
    /// so its calibration starts from honest out-of-sample outcomes instead of from nothing.
    /// </summary>
    public void Remember(FeedRow row)
    {
        if (!options.UseVendorMemory) return;
        if (_memory.Recall(row.RawDescription) is { } recalled)
            _memoryReviewed.Add((recalled.RawProbability, recalled.Account == row.TrueAccountCode));
        _memory.Learn(row.RawDescription, row.TrueAccountCode);
    }

    public void Refit(IReadOnlyList<LabelledTransaction> history)
    {
        var trained = TransactionClassifier.Train(history, options.Seed);
        Latest = trained;
        Retrains++;
        TrainingTime += trained.TrainingTime;
        _model = trained.Load();
        _holdout = trained.HoldoutPredictions;
        Recalibrate();
    }

    /// <summary>Cheap next to a model fit, so it runs more often: early calibration has the fewest samples.</summary>
    public void Recalibrate()
    {
        var modelSamples = _holdout.Select(h => (h.TopProbability, h.Correct)).Concat(_modelReviewed).ToList();
        _modelCalibration = CalibrationFitter.Fit(modelSamples).ToCalibrator();
        _memoryCalibration = CalibrationFitter.Fit(_memoryReviewed).ToCalibrator();
    }

    public ProposalOutcome Propose(FeedRow row)
    {
        var clock = Stopwatch.StartNew();
        var (source, account, raw, calibrated) = ProposeCore(row);
        clock.Stop();
        return new ProposalOutcome(row.Date, source, account, row.TrueAccountCode, raw, calibrated, Duration.FromTimeSpan(clock.Elapsed));
    }

    /// <summary>The bookkeeper has confirmed or corrected the proposal: learn from it.</summary>
    public void Review(ProposalOutcome outcome, FeedRow row)
    {
        (outcome.Source == ProposalSource.Model ? _modelReviewed : _memoryReviewed).Add((outcome.RawProbability, outcome.Correct));
        if (options.UseVendorMemory) _memory.Learn(row.RawDescription, row.TrueAccountCode);
    }

    private (string Source, string Account, double Raw, double Calibrated) ProposeCore(FeedRow row)
    {
        if (options.UseVendorMemory && _memory.Recall(row.RawDescription) is { } recalled)
            return (ProposalSource.VendorMemory, recalled.Account, recalled.RawProbability, _memoryCalibration.Calibrate(recalled.RawProbability));
        var top = (_model ?? throw new InvalidOperationException("Refit before proposing.")).Predict(row.Features, top: 1)[0];
        var raw = Math.Clamp(top.Probability, 0.0, 1.0); // float softmax can overshoot 1 by an ulp
        return (ProposalSource.Model, top.AccountCode, raw, _modelCalibration.Calibrate(raw));
    }
}
