using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Model;
using Ledger.Projections.Categorization;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Api.Categorization;

/// <summary>New labels were recorded for the message's tenant: retrain if enough have come in since the current model.</summary>
public sealed record RetrainIfDue;

/// <summary>
/// Runs on its own sequential durable local queue (see LedgerHost), so a burst of labels cannot train twice at once; each
/// run re-reads the label count, so the messages behind a training find it not due any more. The categorizer stream is
/// fetched for writing: a person's training saved meanwhile makes this save fail, and the retry finds nothing due.
/// </summary>
public static class RetrainIfDueHandler
{
    public static async Task Handle(RetrainIfDue _, IDocumentSession session, IClock clock, ILogger<RetrainIfDue> logger, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct);
        var stream = await CategorizerStream.FetchForWritingAsync(session, ct);
        if (tenant is null || stream?.Aggregate is not { ModelVersion: not null } state) return;
        // VendorStats is inline with the labels, so its total is exactly what a training run now would train on.
        var labels = await session.Query<VendorStats>().SumAsync(v => v.TotalLabels, ct);
        if (Retraining.Due(true, labels, state.ModelSampleCount, tenant.Limits.RetrainAfterLabels) is not { } trigger) return;

        var (events, trained) = await TrainModelHandler.TrainAsync(session, trigger, clock.GetCurrentInstant(), ct);
        stream.AppendMany(events);
        logger.LogInformation("Retrained {Tenant}: model {Version} on {Samples} labels ({Trigger}) in {Seconds:F1} s",
            session.TenantId, trained.Version, trained.SampleCount, trigger, trained.TrainingSeconds);
    }
}
