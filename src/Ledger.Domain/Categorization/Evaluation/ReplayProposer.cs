using System.Diagnostics;
using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Decisions.Earned;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// The proposal side of a replay. It only keeps the state a production tenant keeps (per-vendor labels, the latest model,
/// per-source calibrations, the thresholds it has earned) and asks <see cref="Categorizer.Propose"/> for every proposal, so
/// the evaluation measures the production cascade itself. Calibration is fitted only on predictions made without seeing
/// the label, and only against what reviewers answered (the adjudicated account is never shown to the system): the model's
/// hold-out rows plus every earlier reviewed proposal of that source, scored by <see cref="CalibrationEvidence"/> (a suspected slip
/// is no sample, a correction the reviewers went back on no error). No rules: a replayed tenant has no admin rules.
/// </summary>
internal sealed class ReplayProposer(EvaluationOptions options)
{
    private readonly VendorLabelMemory _vendors = new();
    // Onboarding asks and reviewed proposals in time order: the calibration samples (CalibrationEvidence scores them).
    private readonly List<AnsweredProposal> _asked = [];
    private readonly List<ReviewedProposal> _answered = [];
    private readonly CascadeOptions _cascade = CascadeOptions.ForGeneration(options.CascadeGeneration) is var c ? c with
    {
        // Switching vendor memory off keeps the tallies (the LLM still needs "new vendor") but never lets history answer.
        VendorHistoryMinLabels = options.UseVendorMemory ? options.VendorMemoryMinLabels ?? c.VendorHistoryMinLabels : int.MaxValue,
    } : c;
    private ClassifierModel? _model;
    private string? _modelVersion;
    private IReadOnlyList<(double rawP, bool correct)> _holdout = [];
    private IReadOnlyDictionary<string, double> _earned = new Dictionary<string, double>();

    public int Retrains { get; private set; }
    public Duration TrainingTime { get; private set; } = Duration.Zero;
    public List<Duration> Fits { get; } = [];
    public SourceCalibrations Calibrations { get; private set; } = SourceCalibrations.Identity;

    private KnowledgeContext? Knowledge => _cascade.Generation >= 2 ? options.Knowledge : null;

    /// <summary>
    /// An onboarding-history row, taken in time order: the cascade (without a model yet) is asked before the row's
    /// label is learnt, so history and knowledge calibration start from honest out-of-sample outcomes instead of from nothing.
    /// </summary>
    public void Remember(FeedRow row)
    {
        var label = new PostedLabel(Input(row), row.TrueAccountCode);
        if (CascadeReplay.Ask(label, _vendors, Knowledge, _cascade) is { } o)
            _asked.Add(new AnsweredProposal(new ReviewedProposal(o.Source, o.RawP, o.Account, row.TrueAccountCode, Categorizer.VendorKeyOf(label.Input, _cascade.Generation), row.Amount), o.RawP));
        Learn(row, row.TrueAccountCode);
    }

    public void Refit(IReadOnlyList<LabelledTransaction> history)
    {
        var trained = TransactionClassifier.Train(history, options.Seed, options.Pipeline);
        Retrains++;
        TrainingTime += trained.TrainingTime;
        Fits.Add(trained.TrainingTime);
        _model = trained.Load();
        _modelVersion = trained.Version;
        _holdout = trained.CalibrationSamples;
        Recalibrate();
        // As production: the threshold is earned again at every training, from the reviewed proposals so far.
        _earned = ReviewedProposals.Score(_answered).GroupBy(o => o.Source)
            .Select(g => EarnedThresholds.Choose(g.Key, g.Select(o => o.Outcome).ToList(), options.EarnedFloor))
            .Where(t => t.Threshold is not null).ToDictionary(t => t.Source, t => t.Threshold!.Value, StringComparer.Ordinal);
    }

    /// <summary>Cheap next to a model fit, so it runs more often: early calibration has the fewest samples.</summary>
    public void Recalibrate()
    {
        var scored = CalibrationEvidence.Of(_asked);
        var samples = new[] { ProposalSources.Model, ProposalSources.VendorHistory, ProposalSources.Knowledge }.Union(scored.Keys)
            .ToDictionary(s => s, s => (IReadOnlyList<(double rawP, bool correct)>)(scored.GetValueOrDefault(s) ?? []), StringComparer.Ordinal);
        samples[ProposalSources.Model] = _holdout.Concat(samples[ProposalSources.Model]).ToList();
        Calibrations = SourceCalibrations.FromModels(SourceCalibrations.WithBorrowed(
            samples.ToDictionary(p => p.Key, p => CalibrationFitter.Fit(p.Value), StringComparer.Ordinal)));
    }

    public ProposalOutcome Propose(FeedRow row)
    {
        if (_model is null) throw new InvalidOperationException("Refit before proposing.");
        var input = Input(row);
        // Timed as production runs it: look up the vendor's stats, then the cascade.
        var clock = Stopwatch.StartNew();
        var vendor = Categorizer.VendorKeyOf(input, _cascade.Generation);
        var stats = _vendors.Stats(vendor);
        var draft = Categorizer.Propose(input, new CascadeContext([], stats, _model, _modelVersion, Calibrations, _cascade)
        {
            Knowledge = Knowledge, SimilarVendor = CascadeReplay.SimilarOf(vendor, stats, _vendors, _cascade),
        });
        clock.Stop();
        return new ProposalOutcome(row.Date, draft.Source, draft.AccountCode ?? "", row.Truth, draft.RawP, draft.CalibratedP,
            Duration.FromTimeSpan(clock.Elapsed), draft.WantsLlm)
        {
            RecordedAccount = row.TrueAccountCode, ColdStart = stats is null, Tenant = row.Tenant,
            EarnedThreshold = _earned.TryGetValue(draft.Source, out var t) ? t : null,
            VendorKey = draft.VendorKey, Amount = row.Amount, Description = row.RawDescription, Trace = draft.Trace,
            // The answer is checked as the review decider checks it: before it is learnt, against the labels kept so far.
            SlipSuspected = Ledger.Domain.Review.SlipRule.Check(row.TrueAccountCode, row.Amount, stats?.Labels, draft.AccountCode, draft.CalibratedP, _ => "",
                proposalSource: draft.Source) is not null,
        };
    }

    /// <summary>The bookkeeper has confirmed or corrected the proposal: learn from their answer (uncaught slips included).</summary>
    /// <returns>The label learnt: the answer, or on a suspected slip the reviewer's second answer (<see cref="EvaluationOptions.SecondLookAtSuspectedAnswers"/>).</returns>
    public LabelledTransaction Review(ProposalOutcome outcome, FeedRow row)
    {
        var learnt = outcome.SlipSuspected && options.SecondLookAtSuspectedAnswers ? row.Truth : row.TrueAccountCode;
        var reviewed = new ReviewedProposal(outcome.Source, outcome.Probability, outcome.ProposedAccount, learnt, outcome.VendorKey, row.Amount);
        _answered.Add(reviewed);
        if (outcome.Source != ProposalSources.None) _asked.Add(new AnsweredProposal(reviewed, outcome.RawProbability, outcome.SlipSuspected));
        Learn(row, learnt);
        return row.Labelled with { AccountCode = learnt };
    }

    private void Learn(FeedRow row, string account) => _vendors.Learn(Categorizer.VendorKeyOf(Input(row), _cascade.Generation), account, row.Amount);

    private static CategorizationInput Input(FeedRow row) =>
        new("", row.RawDescription, null, row.Amount, row.BankAccount) { BankCategory = row.BankCategory };
}
