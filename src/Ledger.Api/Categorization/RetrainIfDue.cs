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
/// run re-reads the label count, so the messages behind a training find it not due any more.
/// <para>
/// Training takes seconds, and reviewers keep working meanwhile: their acts append rule changes to the categorizer stream, so
/// a version taken before training is stale by the time it is saved (this used to end in "expected 85 but was -1" and a
/// dead letter). So the stream is locked only after training, for the short write, and a write that still loses a race is
/// tried again on the fresh version without training again; labels that arrived meanwhile count towards the next model.
/// Only a model trained by someone else meanwhile makes this one unnecessary.
/// </para>
/// </summary>
public static class RetrainIfDueHandler
{
    const int WriteAttempts = 10;

    public static async Task Handle(RetrainIfDue _, IDocumentSession session, IDocumentStore store, IClock clock, ILogger<RetrainIfDue> logger, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct);
        var state = await session.LoadAsync<CategorizerState>(CategorizerStreams.Id, ct);
        if (tenant is null || state is not { ModelVersion: not null }) return;
        // VendorStats is inline with the labels, so its total is exactly what a training run now would train on.
        var labels = await session.Query<VendorStats>().SumAsync(v => v.TotalLabels, ct);
        if (Retraining.Due(true, labels, state.ModelSampleCount, tenant.Limits.RetrainAfterLabels) is not { } trigger) return;

        var (events, trained, artifact) = await TrainModelHandler.TrainOnlyAsync(session, trigger, clock.GetCurrentInstant(), ct);
        for (var attempt = 1; ; attempt++)
        {
            await using var write = store.LightweightSession(session.TenantId);
            var stream = await CategorizerStream.FetchForWritingAsync(write, ct);
            if (stream?.Aggregate?.ModelVersion != state.ModelVersion)
            {
                logger.LogInformation("Retraining {Tenant} not saved: model {Version} was trained meanwhile", session.TenantId, stream?.Aggregate?.ModelVersion);
                return;
            }
            write.Store(artifact);
            stream.AppendMany(events);
            try
            {
                await write.SaveChangesAsync(ct);
                break;
            }
            catch (Exception e) when (attempt < WriteAttempts && e is JasperFx.ConcurrencyException or Marten.Exceptions.StreamLockedException)
            {
                // A reviewer's act appended to the stream between our read and our write: read it again and append after it.
            }
        }
        logger.LogInformation("Retrained {Tenant}: model {Version} on {Samples} labels ({Trigger}) in {Seconds:F1} s",
            session.TenantId, trained.Version, trained.SampleCount, trigger, trained.TrainingSeconds);
    }
}
