using System.Diagnostics;
using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// The proposal side of a replay. It only keeps the state a production tenant keeps (per-vendor label tallies, the
/// latest model, per-source calibrations) and asks <see cref="Categorizer.Propose"/> for every proposal, so the
/// evaluation measures the production cascade itself. Calibration is fitted only on predictions made without seeing
/// the label: the model's hold-out rows plus every earlier reviewed proposal of that source (what a pilot would have).
/// No rules: a replayed tenant has no admin rules, and promoted rules would answer exactly where vendor history does.
/// </summary>
internal sealed class ReplayProposer(EvaluationOptions options)
{
    private readonly Dictionary<string, (Dictionary<string, int> Counts, List<string> Recent)> _vendors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(double rawP, bool correct)>> _reviewed = new(StringComparer.Ordinal)
    {
        [ProposalSources.Model] = [], [ProposalSources.VendorHistory] = [],
    };
    private readonly CascadeOptions _cascade = CascadeOptions.Default with
    {
        // Switching vendor memory off keeps the tallies (the LLM still needs "new vendor") but never lets history answer.
        VendorHistoryMinLabels = options.UseVendorMemory ? options.VendorMemoryMinLabels : int.MaxValue,
    };
    private ClassifierModel? _model;
    private string? _modelVersion;
    private IReadOnlyList<HoldoutPrediction> _holdout = [];

    public int Retrains { get; private set; }
    public Duration TrainingTime { get; private set; } = Duration.Zero;
    public TrainedClassifier? Latest { get; private set; }
    public SourceCalibrations Calibrations { get; private set; } = SourceCalibrations.Identity;

    /// <summary>
    /// An onboarding-history row, taken in time order: the cascade (without a model yet) is asked before the row's
    /// label is learnt, so vendor-history calibration starts from honest out-of-sample outcomes instead of from nothing.
    /// </summary>
    public void Remember(FeedRow row)
    {
        var draft = Categorizer.Propose(Input(row), Context(row, model: false));
        if (draft.Source == ProposalSources.VendorHistory)
            _reviewed[ProposalSources.VendorHistory].Add((draft.RawP, draft.AccountCode == row.TrueAccountCode));
        Learn(row);
    }

    public void Refit(IReadOnlyList<LabelledTransaction> history)
    {
        var trained = TransactionClassifier.Train(history, options.Seed);
        Latest = trained;
        Retrains++;
        TrainingTime += trained.TrainingTime;
        _model = trained.Load();
        _modelVersion = trained.Version;
        _holdout = trained.HoldoutPredictions;
        Recalibrate();
    }

    /// <summary>Cheap next to a model fit, so it runs more often: early calibration has the fewest samples.</summary>
    public void Recalibrate()
    {
        var samples = _reviewed.ToDictionary(p => p.Key, p => (IReadOnlyList<(double rawP, bool correct)>)p.Value, StringComparer.Ordinal);
        samples[ProposalSources.Model] = _holdout.Select(h => (h.TopProbability, h.Correct)).Concat(_reviewed[ProposalSources.Model]).ToList();
        Calibrations = SourceCalibrations.FromModels(samples.ToDictionary(p => p.Key, p => CalibrationFitter.Fit(p.Value), StringComparer.Ordinal));
    }

    public ProposalOutcome Propose(FeedRow row)
    {
        if (_model is null) throw new InvalidOperationException("Refit before proposing.");
        // Timed as production runs it: look up the vendor's stats, then the cascade.
        var clock = Stopwatch.StartNew();
        var draft = Categorizer.Propose(Input(row), Context(row, model: true));
        clock.Stop();
        return new ProposalOutcome(row.Date, draft.Source, draft.AccountCode ?? "", row.TrueAccountCode, draft.RawP, draft.CalibratedP,
            Duration.FromTimeSpan(clock.Elapsed), draft.WantsLlm);
    }

    /// <summary>The bookkeeper has confirmed or corrected the proposal: learn from it.</summary>
    public void Review(ProposalOutcome outcome, FeedRow row)
    {
        if (!_reviewed.TryGetValue(outcome.Source, out var samples)) _reviewed[outcome.Source] = samples = [];
        samples.Add((outcome.RawProbability, outcome.Correct));
        Learn(row);
    }

    private void Learn(FeedRow row)
    {
        var key = Categorizer.VendorKeyOf(Input(row));
        if (!_vendors.TryGetValue(key, out var vendor)) _vendors[key] = vendor = (new(StringComparer.Ordinal), []);
        vendor.Counts[row.TrueAccountCode] = vendor.Counts.GetValueOrDefault(row.TrueAccountCode) + 1;
        vendor.Recent.Add(row.TrueAccountCode);
    }

    private CascadeContext Context(FeedRow row, bool model)
    {
        var key = Categorizer.VendorKeyOf(Input(row));
        var stats = _vendors.TryGetValue(key, out var v) ? new VendorLabelStats(key, v.Counts, v.Recent) : null;
        return new CascadeContext([], stats, model ? _model : null, model ? _modelVersion : null, Calibrations, _cascade);
    }

    private static CategorizationInput Input(FeedRow row) => new("", row.RawDescription, null, row.Amount, row.BankAccount);
}
