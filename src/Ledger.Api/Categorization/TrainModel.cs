using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Decisions;
using Ledger.Domain.Decisions.Earned;
using Ledger.Projections.Tenants;
using Ledger.Projections.Categorization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Ledger.Api.Categorization;

public sealed record TrainModel(string Trigger);

public sealed record ModelTrainedResponse(string Version, int SampleCount, double HoldoutAccuracy, double TrainingSeconds, string CalibrationVersion,
    IReadOnlyDictionary<string, double> EceAfterBySource)
{
    /// <summary>What each source earned on the reviewed proposals (recorded as AutopostThresholdEarned).</summary>
    public IReadOnlyList<SourceThreshold> EarnedThresholds { get; init; } = [];
}

/// <summary>
/// Trains the tenant's classifier on every label it has (history and reviewer answers), stores the model bytes under
/// their version, and refits calibration per source on outcomes the sources could not have seen.
/// </summary>
public static class TrainModelHandler
{
    public const int MinimumLabels = 20;

    public static async Task<ModelTrainedResponse> Handle(TrainModel cmd, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var (events, response) = await TrainAsync(session, cmd.Trigger, clock.GetCurrentInstant(), ct);
        // Asked for by a person: appended whatever else happened meanwhile (an automatic run racing it loses instead).
        if (await session.Events.FetchStreamStateAsync(CategorizerStreams.Id, ct) is null) CategorizerStream.Start(session, events);
        else session.Events.Append(CategorizerStreams.Id, events);
        return response;
    }

    /// <summary>
    /// Trains on every label, stores the model bytes and returns the <see cref="ModelTrained"/> and <see cref="CalibrationFitted"/>
    /// events for the caller to append to the categorizer stream.
    /// </summary>
    public static async Task<(object[] Events, ModelTrainedResponse Response)> TrainAsync(IDocumentSession session, string trigger, Instant now, CancellationToken ct)
    {
        var (events, response, artifact) = await TrainOnlyAsync(session, trigger, now, ct);
        session.Store(artifact);
        return (events, response);
    }

    /// <summary>Trains and fits without writing anything: the model bytes come back for the caller to store with the events.</summary>
    public static async Task<(object[] Events, ModelTrainedResponse Response, ModelArtifact Artifact)> TrainOnlyAsync(IQuerySession session, string trigger,
        Instant now, CancellationToken ct)
    {
        var labels = await session.Events.QueryRawEventDataOnly<TransactionLabelled>().ToListAsync(ct);
        if (labels.Count < MinimumLabels)
            throw new DomainException($"Training needs at least {MinimumLabels} labelled transactions; this tenant has {labels.Count}. Import labelled history first.");
        var ordered = labels.OrderBy(l => l.PostedOn).ThenBy(l => l.At).ToList();
        var trained = TransactionClassifier.Train(ordered.Select(l => new LabelledTransaction(l.Description, l.Memo, l.Amount, l.BankAccountCode, l.AccountCode)).ToList());

        var artifact = new ModelArtifact { Id = trained.Version, Bytes = trained.ModelBytes, SampleCount = trained.SampleCount };
        var modelTrained = new ModelTrained(trained.Version, trained.SampleCount, trained.HoldoutCount, trained.HoldoutAccuracy,
            trained.HoldoutLogLoss, trained.Labels, trained.TrainingTime.TotalSeconds, trigger, now);

        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new DomainException("Unknown tenant.");
        // History and knowledge are asked before each label is learnt, in posting order: honest outcomes to calibrate them on.
        var replayed = CascadeReplay.Outcomes(ordered.Select(l => new PostedLabel(
            new CategorizationInput("", l.Description, l.Memo, l.Amount, l.BankAccountCode), l.AccountCode)), CategorizerContextLoader.KnowledgeOf(tenant));
        // The model's calibrator also learns from the tenant's reviewed model proposals (the new and mixed vendors it is asked
        // about live), scored as the earned thresholds are; the evaluation replay fits it the same way (docs/decisions.md 33).
        var proposals = await ReviewedProposalsAsync(session, labels, ct);
        var answered = CalibrationEvidence.Of(ThresholdEarning.Answered(proposals, labels));
        var live = answered.GetValueOrDefault(ProposalSources.Model) ?? [];
        var calibrations = new Dictionary<string, CalibrationModel>
        {
            [ProposalSources.Model] = CalibrationFitter.Fit([.. trained.CalibrationSamples, .. live]),
            [ProposalSources.VendorHistory] = CalibrationFitter.Fit(replayed[ProposalSources.VendorHistory]),
            [ProposalSources.Knowledge] = CalibrationFitter.Fit(replayed[ProposalSources.Knowledge]),
            [ProposalSources.SimilarVendor] = CalibrationFitter.Fit(replayed[ProposalSources.SimilarVendor]),
            // Only its own reviewed outcomes: the holdout's rows are the model's easy cases (generation 9, docs/decisions.md 54).
            [ProposalSources.MixedVendor] = CalibrationFitter.Fit(answered.GetValueOrDefault(ProposalSources.MixedVendor) ?? []),
        };
        calibrations = new Dictionary<string, CalibrationModel>(SourceCalibrations.WithBorrowed(calibrations));
        calibrations[ProposalSources.Rule] = calibrations[ProposalSources.VendorHistory];
        var version = $"cal-{trained.Version[2..]}-{now.ToUnixTimeSeconds()}";
        var fitted = new CalibrationFitted(version, calibrations, now);
        // The thresholds are earned from the same proposals and review labels, read once above.
        var earned = ThresholdEarning.Earn(ThresholdEarning.Pair(proposals, labels), (double)tenant.Limits.EarnedThresholdFloor, now);

        return ([modelTrained, fitted, earned], new ModelTrainedResponse(trained.Version, trained.SampleCount, trained.HoldoutAccuracy,
            trained.TrainingTime.TotalSeconds, version, calibrations.ToDictionary(c => c.Key, c => c.Value.EceAfter))
        {
            EarnedThresholds = earned.BySource,
        }, artifact);
    }

    /// <summary>
    /// The proposals of the transactions a reviewer labelled: the only ones <see cref="ThresholdEarning"/> pairs with a label.
    /// Reading every proposal instead held all of them at once (100,000 queued transactions: ~300 MB, on every retrain, which
    /// reviewers' approvals trigger every 50-200 labels: docs/decisions.md 51). A proposal is in its transaction's stream.
    /// </summary>
    static async Task<List<CategoryProposed>> ReviewedProposalsAsync(IQuerySession session, IReadOnlyList<TransactionLabelled> labels, CancellationToken ct)
    {
        var reviewed = labels.Where(l => l.Source == LabelSources.Review && l.TransactionId is not null)
            .Select(l => l.TransactionId!).Distinct(StringComparer.Ordinal).ToArray();
        var proposals = new List<CategoryProposed>();
        foreach (var chunk in reviewed.Chunk(1_000))
        {
            var events = await session.Events.QueryAllRawEvents()
                .Where(e => e.EventTypeName == "category_proposed" && e.StreamKey!.IsOneOf(chunk)).OrderBy(e => e.Sequence).ToListAsync(ct);
            proposals.AddRange(events.Select(e => (CategoryProposed)e.Data));
        }
        return proposals;
    }

    [WolverinePost("/api/categorizer/train"), Authorize(Policy = Policies.Admin)]
    public static Task<ModelTrainedResponse> Post(IMessageBus bus, ClaimsPrincipal user) =>
        bus.InvokeForTenantAsync<ModelTrainedResponse>(user.TenantId(), new TrainModel($"http:{user.UserName()}"));
}
