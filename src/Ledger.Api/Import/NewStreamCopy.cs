using System.Buffers;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Marten.Events;
using Npgsql;
using NpgsqlTypes;
using Weasel.Storage;

namespace Ledger.Api.Import;

/// <summary>A stream to start with one event.</summary>
public readonly record struct NewStream(string Id, Type AggregateType, object Data);

/// <summary>
/// Starts one-event streams with binary COPY into Marten's <c>mt_streams</c> and <c>mt_events</c>, on a connection and in a
/// transaction the caller owns, so that a file written in many chunks commits or rolls back as one. Marten 9's
/// <c>BulkInsertEventsAsync</c> opens and commits its own transaction per call, and its streaming variant wants every stream
/// header up front, so neither can write a file in chunks atomically; this writes the same rows Marten's bulk appender
/// writes (same columns, type names, serializer; version 1; seq_id from <c>mt_events_sequence</c>; see
/// <c>NewStreamCopyTests</c>, which compares the two row by row).
/// <para>
/// One difference, on purpose: Marten's bulk path also raises the daemon's high-water mark to its largest seq_id in the same
/// transaction. That is not done here: a long transaction's seq_ids are reserved from the first chunk on, and the async
/// daemon's high-water detection holds before a gap while the transaction that reserved it is alive (Marten 9
/// <c>UseTransactionEvidenceForGapSkipping</c>, the default), then walks over the committed rows as for any other append. Raising
/// the mark by hand could jump over another writer's reserved but not yet committed events.
/// </para>
/// </summary>
public sealed class NewStreamCopy
{
    readonly NpgsqlConnection conn;
    readonly string tenantId;
    readonly string userName;
    readonly DateTimeOffset writtenAt;
    readonly EventGraph events;
    readonly IStorageSerializer serializer;
    readonly string streamsCopy, eventsCopy, nextSequences;
    readonly ArrayBufferWriter<byte> json = new(1024);

    /// <param name="writtenAt">The events' timestamp: the import's time from the injected clock, so tests and replays control it.</param>
    public NewStreamCopy(IDocumentStore store, NpgsqlConnection conn, string tenantId, string userName, NodaTime.Instant writtenAt)
    {
        var options = (StoreOptions)store.Options;
        events = LedgerEventGraph(options);
        this.conn = conn;
        this.tenantId = tenantId;
        this.userName = userName;
        this.writtenAt = writtenAt.ToDateTimeOffset();
        serializer = (IStorageSerializer)options.Serializer();
        var schema = events.DatabaseSchemaName;
        streamsCopy = $"COPY {schema}.mt_streams (tenant_id, id, type, version, is_archived) FROM STDIN BINARY";
        eventsCopy = $"COPY {schema}.mt_events (seq_id, id, stream_id, version, data, bdata, type, timestamp, tenant_id, mt_dotnet_type, is_archived, " +
                     "correlation_id, causation_id, headers, user_name) FROM STDIN BINARY";
        nextSequences = $"select nextval('{schema}.mt_events_sequence') from generate_series(1, @n)";
    }

    /// <summary>
    /// The store's event configuration, checked to be the ledger's: the event rows we write ourselves (here and in
    /// <c>DecisionAppend</c>) have this column layout: conjoined tenancy, string stream keys, every metadata column, no tags.
    /// </summary>
    public static EventGraph LedgerEventGraph(StoreOptions options)
    {
        var events = (EventGraph)options.Events;
        if (events.TenancyStyle != TenancyStyle.Conjoined || events.StreamIdentity != StreamIdentity.AsString || events.UseTenantPartitionedEvents
            || events.DcbStorageMode == DcbStorageMode.HStore || !events.MetadataConfig.CorrelationIdEnabled || !events.MetadataConfig.CausationIdEnabled
            || !events.MetadataConfig.HeadersEnabled || !events.MetadataConfig.UserNameEnabled)
            throw new InvalidOperationException("Event rows are written directly for the ledger's store configuration only (LedgerStore.ConfigureLedger); it changed.");
        return events;
    }

    /// <summary>Smallest and largest seq_id written so far (0 when nothing was written).</summary>
    public long FirstSequence { get; private set; }
    public long LastSequence { get; private set; }

    /// <summary>Where <see cref="WriteAsync"/> spends its time (sequence numbers, each COPY, serialising): the importer's log line.</summary>
    public ImportPhases Phases { get; init; } = new();

    public async Task WriteAsync(IReadOnlyList<NewStream> streams, CancellationToken ct)
    {
        if (streams.Count == 0) return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var sequences = await NextSequencesAsync(streams.Count, ct);
        started = Phases.Add("nextval", started);

        // Streams first: mt_events has a foreign key to mt_streams.
        await using (var copy = await conn.BeginBinaryImportAsync(streamsCopy, ct))
        {
            foreach (var s in streams)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(tenantId, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(s.Id, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(events.AggregateAliasFor(s.AggregateType), NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(1L, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, ct);
            }
            await copy.CompleteAsync(ct);
        }
        started = Phases.Add("copy streams", started);
        long serialising = 0;

        await using (var copy = await conn.BeginBinaryImportAsync(eventsCopy, ct))
        {
            for (var i = 0; i < streams.Count; i++)
            {
                var s = streams[i];
                var mapping = events.EventMappingFor(s.Data.GetType());
                if (mapping.IsBinary) throw new InvalidOperationException($"{s.Data.GetType().Name} is a binary event; NewStreamCopy writes JSON events only.");
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(sequences[i], NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(s.Id, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(1L, NpgsqlDbType.Bigint, ct);
                var before = System.Diagnostics.Stopwatch.GetTimestamp();
                var data = Serialize(s.Data);
                serialising += System.Diagnostics.Stopwatch.GetTimestamp() - before;
                await copy.WriteAsync(data, NpgsqlDbType.Jsonb, ct);
                await copy.WriteNullAsync(ct);                                             // bdata: JSON events only
                await copy.WriteAsync(mapping.EventTypeName, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(writtenAt, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync(tenantId, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(mapping.DotNetTypeName, NpgsqlDbType.Varchar, ct);
                await copy.WriteAsync(false, NpgsqlDbType.Boolean, ct);
                await copy.WriteNullAsync(ct);                                             // correlation_id
                await copy.WriteNullAsync(ct);                                             // causation_id
                await copy.WriteNullAsync(ct);                                             // headers
                await copy.WriteAsync(userName, NpgsqlDbType.Varchar, ct);
            }
            await copy.CompleteAsync(ct);
        }
        // The events' COPY interleaves serialising; each is reported apart.
        Phases.AddTicks("copy events", System.Diagnostics.Stopwatch.GetTimestamp() - started - serialising);
        Phases.AddTicks("serialise", serialising);
        if (FirstSequence == 0) FirstSequence = sequences[0];
        LastSequence = sequences[^1];
    }

    async Task<long[]> NextSequencesAsync(int count, CancellationToken ct)
    {
        var sequences = new long[count];
        await using var cmd = new NpgsqlCommand(nextSequences, conn);
        cmd.Parameters.AddWithValue("n", count);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        for (var i = 0; await r.ReadAsync(ct); i++) sequences[i] = r.GetInt64(0);
        // nextval hands out ascending numbers, but the rows of generate_series carry no order guarantee of their own.
        Array.Sort(sequences);
        return sequences;
    }

    byte[] Serialize(object data)
    {
        json.ResetWrittenCount();
        serializer.WriteTo(json, data);
        return json.WrittenSpan.ToArray();
    }
}
