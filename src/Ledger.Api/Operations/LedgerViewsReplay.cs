using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Aggregation;
using JasperFx.Events.Daemon;
using JasperFx.Events.Grouping;
using JasperFx.Events.Projections;
using JasperFx.Events.Projections.Composite;
using Ledger.Projections;
using Marten;
using Npgsql;
using Weasel.Core;

namespace Ledger.Api.Operations;

/// <summary>
/// The operator's rebuild of the composite async read models (<see cref="LedgerStore.AsyncViews"/>) in one sequential pass
/// (issue #15, <c>docs/decisions.md</c> 45). The daemon's rebuild writes every aggregate once per page of events it appears in
/// (an imported transaction on import and again when decided), each an upsert; here every page of <c>mt_events</c> is applied
/// in memory through the projections' own code, the daemon's calls (slicer, <c>DetermineActionAsync</c>,
/// <c>TryApplyMetadata</c>; the event projection's <c>ApplyAsync</c> into a session), and each aggregate's final document is
/// written once by binary COPY. Then the shard's progression is set to the last event applied, so the daemon carries on from there.
/// </summary>
public static class LedgerViewsReplay
{
    const int PageSize = 10_000;
    static string Table(string name) => $"{LedgerStore.Schema}.{name}";

    public sealed record Result(long Ceiling, long Events, int Partitions, TimeSpan Teardown, TimeSpan Load, TimeSpan Apply, TimeSpan Write, string ApplyByMember, GcFigures Gc);

    /// <summary>This process's garbage collector over the replay: where issue #15's time went at 1,000,000 events.</summary>
    public readonly record struct GcFigures(TimeSpan Pauses, int Gen0, int Gen1, int Gen2, long Allocated)
    {
        public static GcFigures Now() => new(GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes());
        public static GcFigures operator -(GcFigures a, GcFigures b) => new(a.Pauses - b.Pauses, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Allocated - b.Allocated);
        public override string ToString() => $"GC pauses {Pauses.TotalSeconds:N1} s, collections {Gen0:N0}/{Gen1:N0}/{Gen2:N0} (gen 0/1/2), {Allocated / 1e9:N1} GB allocated";
    }

    /// <summary>The composite as the store registered it, if every member is a kind this replay runs (else null: use the daemon).</summary>
    public static CompositeProjection<IDocumentOperations, IQuerySession>? Composite(IDocumentStore store) =>
        ((StoreOptions)store.Options).Projections.All.FirstOrDefault(p => p.Name == LedgerStore.AsyncViews) is CompositeProjection<IDocumentOperations, IQuerySession> c
        && c.AllProjections().All(p => AggregateTypes(p) is not null || p is IJasperFxProjection<IDocumentOperations>) ? c : null;

    /// <summary>
    /// Highest sequence every event at or below which is committed, so nothing can still arrive beneath it. Beside a running
    /// daemon: its recorded high-water mark, then on while the sequence has no hole (a hole may be a live transaction's; the
    /// daemon's own gap rules take the rest after the shard restarts). Otherwise (<c>rebuild</c> runs with the API stopped, as
    /// the runbook says): the last event.
    /// </summary>
    public static async Task<long> CeilingAsync(NpgsqlDataSource db, bool liveDaemon, CancellationToken ct)
    {
        var events = Table("mt_events");
        var sql = !liveDaemon ? $"select coalesce(max(seq_id), 0) from {events}" :
            $"""
             with h as (select coalesce((select last_seq_id from {Table("mt_event_progression")} where name = 'HighWaterMark'), 0) as s)
             select case when not exists (select 1 from {events} where seq_id = h.s + 1) then h.s
                    else (select min(e.seq_id) from {events} e where e.seq_id > h.s and not exists (select 1 from {events} n where n.seq_id = e.seq_id + 1)) end
             from h
             """;
        await using var cmd = db.CreateCommand(sql);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
    }

    /// <summary>
    /// Events per partition: tenants are replayed in groups of about this many events, each group's documents written while the
    /// next group is applied, so the aggregates held at once are bounded by it rather than by the store (a tenant larger than it
    /// is a partition of its own). Every document is its tenant's (conjoined tenancy), so a tenant's events never fold into
    /// another partition's documents.
    /// </summary>
    public const long PartitionEvents = 250_000;

    public static async Task<Result> RebuildAsync(IDocumentStore store, NpgsqlDataSource db, CompositeProjection<IDocumentOperations, IQuerySession> composite,
        long ceiling, Action<string> progress, CancellationToken ct, long partitionEvents = PartitionEvents)
    {
        var gc = GcFigures.Now();
        var teardown = Stopwatch.StartNew();
        // First the progression back to 0: a replay killed half-way leaves the daemon to rebuild from the start, never to skip.
        await SetProgressionAsync(db, composite, 0, ct);
        // Truncated, not deleted: the COPY then fills empty tables and indexes instead of ones full of dead rows (a delete of
        // 1,000,000 transactions took 5-7 s and left them). Readers wait only for the instant of the truncate.
        var tables = composite.PublishedTypes().Distinct().Select(t => Table(store.Options.FindOrResolveDocumentType(t).TableName.Name));
        await using (var truncate = db.CreateCommand($"truncate table {string.Join(", ", tables)}"))
            await truncate.ExecuteNonQueryAsync(ct);
        var partitions = await PartitionsAsync(db, ceiling, partitionEvents, ct);

        teardown.Stop();
        await using var query = store.QuerySession();
        var sessions = new Sessions(store);
        await using var _ = sessions;
        // The daemon loads the events of any type a member takes and hands each member the whole page: an aggregate's version is
        // its stream's last such event even when that one is another member's (TransactionLabelled, for the metrics).
        // A member that names no types takes every event, and so does the page.
        var types = composite.AllProjections().All(p => p is EventFilterable { IncludedEventTypes.Count: > 0 })
            ? composite.AllProjections().Cast<EventFilterable>().SelectMany(p => p.IncludedEventTypes).ToHashSet() : null;
        Stopwatch load = new(), apply = new();
        var write = TimeSpan.Zero;
        var applying = new Dictionary<string, TimeSpan>();
        long count = 0, reported = 0;
        // The next page is read (PostgreSQL, deserialising) while this one is applied, through a session of its own.
        await using var reader = store.QuerySession();
        Task writing = Task.CompletedTask;
        foreach (var tenants in partitions)
        {
            var members = composite.AllProjections().Select(p => Member.For(p, query, sessions)).ToList();
            long last = 0;
            Task<IReadOnlyList<IEvent>> Read(long from) => last >= ceiling ? Task.FromResult<IReadOnlyList<IEvent>>([]) :
                reader.Events.QueryAllRawEvents().Where(x => x.TenantIsOneOf(tenants) && x.Sequence > from && x.Sequence <= ceiling).OrderBy(x => x.Sequence).Take(PageSize).ToListAsync(ct);
            var next = Read(0);
            while (true)
            {
                load.Start();
                var page = await next;
                load.Stop();
                if (page.Count == 0) break;
                last = page[^1].Sequence;
                next = Read(last);
                apply.Start();
                var taken = types is null ? page : page.Where(e => types.Contains(e.EventType)).ToList();
                if (taken.Count > 0)
                    foreach (var member in members)
                    {
                        member.Applying.Start();
                        await member.ApplyAsync(taken, ct);
                        member.Applying.Stop();
                    }
                apply.Stop();
                count += page.Count;
                if (count - reported >= PageSize * 10) progress($"  {composite.Name}: {(reported = count):N0} events applied");
            }
            foreach (var m in members) applying[m.Name] = applying.GetValueOrDefault(m.Name) + m.Applying.Elapsed;
            // This partition's documents go out by COPY on a connection of their own while the next partition is read and
            // applied; one write at a time, so at most two partitions' aggregates are held.
            await writing;
            writing = WriteAsync(members);
        }
        await writing;
        await SetProgressionAsync(db, composite, ceiling, ct);
        return new Result(ceiling, count, partitions.Count, teardown.Elapsed, load.Elapsed, apply.Elapsed, write,
            string.Join(", ", applying.Select(m => $"{m.Key.Split('.')[^1]} {m.Value.TotalSeconds:N1} s")), GcFigures.Now() - gc);

        async Task WriteAsync(List<Member> members)
        {
            await Task.Yield();
            var sw = Stopwatch.StartNew();
            foreach (var member in members) await member.WriteAsync(store, ct);
            write += sw.Elapsed;   // the sum of the writes' own durations, each overlapped with the next partition's pass
        }
    }
    /// <summary>
    /// The tenants in groups of about <paramref name="partitionEvents"/> events, in the order their events begin (so each
    /// group's keyset reads walk <c>mt_events</c> forward).
    /// </summary>
    static async Task<List<string[]>> PartitionsAsync(NpgsqlDataSource db, long ceiling, long partitionEvents, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"select tenant_id, count(*) from {Table("mt_events")} where seq_id <= $1 group by tenant_id order by min(seq_id)");
        cmd.Parameters.Add(new NpgsqlParameter { Value = ceiling });
        var partitions = new List<string[]>();
        List<string> current = [];
        long events = 0;
        await using var rows = await cmd.ExecuteReaderAsync(ct);
        while (await rows.ReadAsync(ct))
        {
            var n = rows.GetInt64(1);
            if (current.Count > 0 && events + n > partitionEvents)
            {
                partitions.Add([.. current]);
                (current, events) = ([], 0);
            }
            current.Add(rows.GetString(0));
            events += n;
        }
        if (current.Count > 0) partitions.Add([.. current]);
        return partitions;
    }

    /// <summary>The composite's shard and its members' (the daemon's rebuild records both), all at <paramref name="sequence"/>.</summary>
    static async Task SetProgressionAsync(NpgsqlDataSource db, CompositeProjection<IDocumentOperations, IQuerySession> composite, long sequence, CancellationToken ct)
    {
        foreach (var name in composite.AllProjections().Select(p => p.Name).Prepend(composite.Name)) await SetProgressionAsync(db, $"{name}:All", sequence, ct);
    }

    static async Task SetProgressionAsync(NpgsqlDataSource db, string shard, long sequence, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand($"insert into {Table("mt_event_progression")} (name, last_seq_id, last_updated) values ($1, $2, transaction_timestamp()) " +
                                               "on conflict (name) do update set last_seq_id = excluded.last_seq_id, last_updated = excluded.last_updated");
        cmd.Parameters.Add(new NpgsqlParameter { Value = shard });
        cmd.Parameters.Add(new NpgsqlParameter { Value = sequence });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static Type[]? AggregateTypes(object projection) => projection.GetType().GetInterfaces()
        .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAggregationProjection<,,,>)
                             && i.GenericTypeArguments[2] == typeof(IDocumentOperations))?.GenericTypeArguments;

    /// <summary>One lightweight session per tenant, as the daemon's batch has: for an event projection's writes and identity setters.</summary>
    sealed class Sessions(IDocumentStore store) : IAsyncDisposable
    {
        readonly Dictionary<string, IDocumentSession> _open = [];
        public IDocumentSession For(string tenant) => _open.TryGetValue(tenant, out var s) ? s : _open[tenant] = store.LightweightSession(tenant);

        public async ValueTask DisposeAsync()
        {
            foreach (var s in _open.Values) await s.DisposeAsync();
        }
    }

    abstract class Member(string name)
    {
        public string Name { get; } = name;
        public Stopwatch Applying { get; } = new();
        public abstract Task ApplyAsync(IReadOnlyList<IEvent> page, CancellationToken ct);
        public abstract Task WriteAsync(IDocumentStore store, CancellationToken ct);

        public static Member For(IProjectionSource<IDocumentOperations, IQuerySession> projection, IQuerySession query, Sessions sessions) =>
            AggregateTypes(projection) is { } t
                ? (Member)Activator.CreateInstance(typeof(Aggregate<,>).MakeGenericType(t[0], t[1]), projection, query, sessions)!
                : new EventMember((IJasperFxProjection<IDocumentOperations>)projection, sessions);
    }

    /// <summary>An event projection (the journal) writes through a session per tenant, page by page, as the daemon does.</summary>
    sealed class EventMember(IJasperFxProjection<IDocumentOperations> projection, Sessions sessions) : Member(((IProjectionSource<IDocumentOperations, IQuerySession>)projection).Name)
    {
        public override async Task ApplyAsync(IReadOnlyList<IEvent> page, CancellationToken ct)
        {
            foreach (var tenant in page.GroupBy(e => e.TenantId))
            {
                var session = sessions.For(tenant.Key);
                await projection.ApplyAsync(session, tenant.ToList(), ct);
                await session.SaveChangesAsync(ct);
            }
        }

        public override Task WriteAsync(IDocumentStore store, CancellationToken ct) => Task.CompletedTask;
    }

    /// <summary>An aggregation (single- or multi-stream): snapshots kept in memory across pages, each written once at the end.</summary>
    sealed class Aggregate<TDoc, TId>(IAggregationProjection<TDoc, TId, IDocumentOperations, IQuerySession> projection, IQuerySession query, Sessions sessions) : Member(typeof(TDoc).Name)
        where TDoc : notnull where TId : notnull
    {
        readonly Dictionary<(string Tenant, TId Id), TDoc> _docs = [];
        readonly Dictionary<string, IIdentitySetter<TDoc, TId>> _setters = [];
        readonly HashSet<Type> _handled = [.. projection.AllEventTypes];
        readonly HashSet<(string Tenant, string Stream)> _held = [];

        static (string, string) StreamOf(IEvent e) => (e.TenantId, e.StreamKey ?? e.StreamId.ToString());

        /// <summary>
        /// A single-stream aggregate is given only the streams it has a document for or an event it handles in this page: for the
        /// others the daemon's call returns Nothing (no document, nothing to create it from), so the result is the same.
        /// </summary>
        IReadOnlyList<IEvent> Relevant(IReadOnlyList<IEvent> page)
        {
            if (projection.Scope != AggregationScope.SingleStream) return page;
            var touched = page.Where(e => _handled.Contains(e.EventType)).Select(StreamOf).ToHashSet();
            return page.Where(e => touched.Contains(StreamOf(e)) || _held.Contains(StreamOf(e))).ToList();
        }

        public override async Task ApplyAsync(IReadOnlyList<IEvent> all, CancellationToken ct)
        {
            var page = Relevant(all);
            if (page.Count == 0) return;
            projection.StartBatch();
            foreach (var group in (await projection.BuildSlicer(query).SliceAsync(page)).Cast<SliceGroup<TDoc, TId>>())
            {
                await projection.EnrichEventsAsync(group, query, ct);
                if (!_setters.TryGetValue(group.TenantId, out var setter))
                    _setters[group.TenantId] = setter = await sessions.For(group.TenantId).FetchProjectionStorageAsync<TDoc, TId>(group.TenantId, ct);
                foreach (var slice in group.Slices)
                {
                    var key = (group.TenantId, slice.Id);
                    _docs.TryGetValue(key, out var snapshot);
                    var (doc, action) = await projection.DetermineActionAsync(sessions.For(group.TenantId), snapshot, slice.Id, setter, slice.Events(), ct);
                    if (action == ActionType.Nothing) continue;
                    if (doc is null || action is ActionType.Delete or ActionType.HardDelete)
                    {
                        _docs.Remove(key);
                        _held.Remove((group.TenantId, slice.Id.ToString()!));
                        continue;
                    }
                    (_, doc) = projection.TryApplyMetadata(slice.Events(), doc, slice.Id, setter);
                    _docs[key] = doc!;
                    _held.Add((group.TenantId, slice.Id.ToString()!));
                }
            }
            await projection.EndBatchAsync();
        }

        public override async Task WriteAsync(IDocumentStore store, CancellationToken ct)
        {
            // In key order, so the primary key's index grows at its right edge instead of splitting pages all over (the ids are hashes).
            var byId = typeof(TId) == typeof(string) ? (IComparer<TId>)StringComparer.Ordinal : Comparer<TId>.Default;
            foreach (var tenant in _docs.GroupBy(d => d.Key.Tenant).OrderBy(t => t.Key, StringComparer.Ordinal))
                await store.BulkInsertDocumentsAsync(tenant.Key, tenant.OrderBy(d => d.Key.Id, byId).Select(d => (object)d.Value), BulkInsertMode.InsertsOnly, 10_000, ct);
        }
    }
}
