using JasperFx.Events;
using Ledger.Domain.Export;
using Marten;
using Marten.Events.Projections;
using NodaTime;

namespace Ledger.Projections.Export;

/// <summary>Which batch took a journal entry to QuickBooks; the document id is the entry id.</summary>
public sealed class ExportLedgerEntry
{
    public Guid Id { get; set; }
    public string BatchId { get; set; } = "";
    public Instant ExportedAt { get; set; }
}

/// <summary>
/// Inline, and written with <c>Insert</c> (never upsert): the (tenant, entry id) primary key is the exactly-once
/// guarantee. Two exports racing for one entry both try to insert it; the database lets one commit, and the other
/// session's SaveChanges fails as a whole (events, file and ledger rows), so that export recomputes.
/// </summary>
public partial class ExportLedgerProjection : EventProjection
{
    // Project() writes the entries itself, so Marten cannot infer the type: without this a rebuild would not clear the
    // old rows first and every Insert would fail with DocumentAlreadyExists.
    public ExportLedgerProjection() => RegisterPublishedType(typeof(ExportLedgerEntry));

    public void Project(QboExportCompleted e, IDocumentOperations ops)
    {
        foreach (var entryId in e.EntryIds)
            ops.Insert(new ExportLedgerEntry { Id = entryId, BatchId = e.BatchId, ExportedAt = e.At });
    }
}

/// <summary>The exported file exactly as it was handed out, so a repeat request or a later download is byte-identical.</summary>
public sealed class QboExportFile
{
    public string Id { get; set; } = "";
    public string Csv { get; set; } = "";
    public string Sha256 { get; set; } = "";
}

/// <summary>Stream type of an export batch stream (id derived from the idempotency key).</summary>
public sealed class QboExportBatch
{
    public string Id { get; set; } = "";
}
