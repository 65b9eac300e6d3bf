using Ledger.Api.Import;
using Marten;
using Marten.Events;
using NodaTime;

namespace Ledger.Api.Decisions;

/// <summary>One decided transaction: its decision events, to follow the stream version its facts were read at.</summary>
public sealed record DecidedStream(string StreamId, long ReadVersion, IReadOnlyList<object> Events);

/// <summary>
/// Appends a batch's decision events to their transaction streams with ONE statement, queued in the handler's session so it
/// commits with the batch's documents and Wolverine's outbox, instead of Marten's one <c>mt_quick_append_events</c> call per
/// stream (the largest database cost of deciding: 29.5 of 68 s of statement time for 50,000 decisions).
/// <para>
/// The rows are the ones Marten writes (same columns, event type names, serializer, session metadata; seq_ids from
/// <c>mt_events_sequence</c> in the order of the rows, so by version within a stream; <c>DecisionAppendTests</c> compares the two
/// row by row). Versions continue from the version the
/// handler read: had anyone appended to a stream since, their event holds <c>ReadVersion + 1</c>, the insert collides with it
/// on (tenant_id, stream_id, version), and the whole batch rolls back and is retried on fresh facts. That is also what keeps a
/// transaction from being decided twice by two workers at once.
/// </para>
/// <para>
/// Marten's inline projections do not see these events. Of them only the review queue reads decision events; the handler
/// stores its item itself (<see cref="Ledger.Projections.Review.ReviewQueueProjection.ItemFor"/>, the projection's own code).
/// </para>
/// </summary>
public static class DecisionAppend
{
    public static void Queue(IDocumentSession session, IReadOnlyList<DecidedStream> decided, Instant at)
    {
        if (decided.Count == 0) return;
        var options = (StoreOptions)session.DocumentStore.Options;
        var events = NewStreamCopy.LedgerEventGraph(options);
        var serializer = options.Serializer();
        var schema = events.DatabaseSchemaName;

        var streamIds = new string[decided.Count];
        var counts = new long[decided.Count];
        var total = decided.Sum(d => d.Events.Count);
        var ids = new Guid[total];
        var eventStreams = new string[total];
        var versions = new long[total];
        var bodies = new string[total];
        var types = new string[total];
        var dotnetTypes = new string[total];
        var row = 0;
        for (var i = 0; i < decided.Count; i++)
        {
            var d = decided[i];
            streamIds[i] = d.StreamId;
            counts[i] = d.Events.Count;
            for (var j = 0; j < d.Events.Count; j++, row++)
            {
                var mapping = events.EventMappingFor(d.Events[j].GetType());
                ids[row] = Guid.NewGuid();
                eventStreams[row] = d.StreamId;
                versions[row] = d.ReadVersion + j + 1;
                bodies[row] = serializer.ToJson(d.Events[j]);
                types[row] = mapping.EventTypeName;
                dotnetTypes[row] = mapping.DotNetTypeName;
            }
        }

        // The stream's timestamp is when the batch writes (clock_timestamp), not when its transaction began (now()): a batch
        // begins its transaction before deciding, to share the tenant's pairing turn (TransferPairingTurn).
        // Data-modifying CTEs always run; the stream versions move by the number of events appended, and the explicit
        // event versions make any concurrent append collide (see above) rather than interleave. The any() lets the planner
        // find the streams by primary key: joined to the unnest alone it scanned the whole stream table (60 ms at 50,000).
        session.QueueSqlCommand(
            $"with moved as (update {schema}.mt_streams as s set version = s.version + m.n, timestamp = clock_timestamp() " +
            "from unnest(?, ?) as m(id, n) where s.tenant_id = ? and s.id = any(?) and s.id = m.id returning s.id) " +
            $"insert into {schema}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, is_archived, " +
            "correlation_id, causation_id, headers, user_name) " +
            $"select nextval('{schema}.mt_events_sequence'), e.id, e.stream_id, e.version, e.data::jsonb, e.type, ?, ?, e.dotnet_type, false, ?, ?, ?::jsonb, ? " +
            "from unnest(?, ?, ?, ?, ?, ?) as e(id, stream_id, version, data, type, dotnet_type)",
            streamIds, counts, session.TenantId, streamIds,
            at.ToDateTimeOffset(), session.TenantId, session.CorrelationId!, session.CausationId!, serializer.ToJson(Headers(session)), session.LastModifiedBy!,
            ids, eventStreams, versions, bodies, types, dotnetTypes);
    }

    static Dictionary<string, object>? Headers(IDocumentSession session) =>
        session is Marten.Internal.Sessions.QuerySession q && q.Headers is { Count: > 0 } h ? h : null;
}
