using System.Security.Cryptography;
using System.Text;
using Ledger.Domain.Export;
using Ledger.Projections.Export;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Export;

public sealed record QboExportResponse(int New, int Skipped, string Batch, string File)
{
    public static QboExportResponse From(QboExportCompleted e) => new(e.EntryIds.Count, e.SkippedCount, e.BatchId, $"/api/export/qbo/{e.BatchId}/file");
}

/// <summary>
/// One export batch, exactly once: the batch stream id comes from the idempotency key (a repeat returns the recorded
/// batch), and each entry can enter the export ledger once (a racing export loses on the primary key and recomputes,
/// then reports those entries as skipped).
/// </summary>
public static class QboExportRun
{
    const int MaxAttempts = 4;

    /// <summary>A batch asked for without a key: its own id, never a repeat of another.</summary>
    public static string NewBatchId() => "qbo-" + Guid.NewGuid().ToString("N")[..24];

    public static string BatchIdFor(string idempotencyKey) =>
        "qbo-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..24];

    /// <returns>The batch, or null when it kept losing races (the caller answers 409).</returns>
    public static async Task<QboExportResponse?> ExportAsync(IDocumentStore store, string tenantId, string batchId, QboExportFilter filter,
        string by, string? correlationId, Instant now, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            await using var session = store.LightweightSession(tenantId);
            session.LastModifiedBy = by;
            session.CorrelationId = correlationId;
            if (await RecordedAsync(session, batchId, ct) is { } recorded) return recorded;

            var tenant = await session.LoadAsync<Tenant>(tenantId, ct) ?? throw new InvalidOperationException($"Tenant {tenantId} has no stream.");
            var selection = await QboExportSelection.LoadAsync(session, filter, tenant.Limits.BooksCurrency, ct);
            var csv = QboJournalCsv.Write(selection.Journals, tenant.Chart, tenant.Limits.QboDateFormat);
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)));
            var completed = new QboExportCompleted(batchId, selection.EntryIds, selection.Skipped, sha, filter.From, filter.To, filter.BankAccount, by, now);
            session.Events.StartStream<QboExportBatch>(batchId, completed);
            session.Insert(new QboExportFile { Id = batchId, Csv = csv, Sha256 = sha });
            try
            {
                await session.SaveChangesAsync(ct);
                return QboExportResponse.From(completed);
            }
            catch (Exception e) when (IsDuplicateKey(e))
            {
                // Another request took some of these entries, or this very key, first. Nothing of ours was written: start over.
            }
        }
        return null;
    }

    /// <summary>The batch this key already produced, answered exactly as the first time.</summary>
    public static async Task<QboExportResponse?> RecordedAsync(IQuerySession session, string batchId, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(batchId, token: ct);
        return events.Select(e => e.Data).OfType<QboExportCompleted>().FirstOrDefault() is { } done ? QboExportResponse.From(done) : null;
    }

    static bool IsDuplicateKey(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) return true;
            if (x.GetType().Name is "ExistingStreamIdCollisionException" or "DocumentAlreadyExistsException") return true;
        }
        return false;
    }
}
