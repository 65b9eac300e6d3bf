using System.Diagnostics;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Ledger.Api.Decisions;
using Ledger.Projections;
using Marten;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Npgsql;

namespace Ledger.Jobs.Commands.Bench;

/// <summary>
/// The limits printed beside the macro figures: the storage work alone on the very rows or events the product just wrote, in
/// a schema of its own (<c>bench_limit</c>) of the same scratch database, so nothing the product reads is touched.
/// </summary>
public static class StorageLimits
{
    const string Schema = "bench_limit";

    /// <summary>
    /// A raw binary COPY of the stream and event rows an import wrote (those after <paramref name="afterSeq"/>) into tables
    /// shaped like Marten's, indexes included: what writing those bytes costs PostgreSQL, with no parsing or planning.
    /// </summary>
    public static async Task<TimeSpan> CopyAsync(NpgsqlDataSource db, string tenant, long afterSeq)
    {
        await using var conn = await db.OpenConnectionAsync();
        var t = tenant.Replace("'", "''");
        const string s = LedgerStore.Schema;
        await ExecuteAsync(conn, $"create schema if not exists {Schema}; drop table if exists {Schema}.copy_events, {Schema}.copy_streams; " +
            $"create table {Schema}.copy_events (like {s}.mt_events including all); create table {Schema}.copy_streams (like {s}.mt_streams including all)");
        // Right after a bulk load the planner may still think the tables small and pick a nested loop over 100,000 streams.
        await ExecuteAsync(conn, $"analyze {s}.mt_events, {s}.mt_streams");
        var events = await CopyOutAsync(conn, $"copy (select * from {s}.mt_events where tenant_id = '{t}' and seq_id > {afterSeq} order by seq_id) to stdout binary");
        var streams = await CopyOutAsync(conn, $"copy (select m.* from {s}.mt_streams m join (select distinct stream_id from {s}.mt_events where tenant_id = '{t}' " +
                                               $"and seq_id > {afterSeq}) e on e.stream_id = m.id where m.tenant_id = '{t}') to stdout binary");
        var sw = Stopwatch.StartNew();
        await using (var tx = await conn.BeginTransactionAsync())
        {
            await CopyInAsync(conn, $"copy {Schema}.copy_streams from stdin binary", streams);
            await CopyInAsync(conn, $"copy {Schema}.copy_events from stdin binary", events);
            await tx.CommitAsync();
        }
        return sw.Elapsed;
    }

    /// <summary>
    /// The events written after <paramref name="afterSeq"/> appended again through Marten (quick append, the same serializer
    /// and metadata) in sessions of the decision relay's batch size, to fresh streams of a store with no projections: what the
    /// decisions' writes cost without loading, proposing or gating. Returns the streams appended and the time taken.
    /// </summary>
    public static async Task<(int Streams, TimeSpan Took)> AppendAsync(IDocumentStore ledger, string connectionString, IReadOnlyList<string> tenants, long afterSeq)
    {
        var events = new List<IEvent>();
        foreach (var tenant in tenants)
        {
            await using var q = ledger.QuerySession(tenant);
            events.AddRange(await q.Events.QueryAllRawEvents().Where(e => e.Sequence > afterSeq).OrderBy(e => e.Sequence).ToListAsync());
        }
        using var limit = DocumentStore.For(o =>
        {
            o.Connection(connectionString);
            o.DatabaseSchemaName = Schema;
            o.UseSystemTextJsonForSerialization(Weasel.Core.EnumStorage.AsString, configure: x => x.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));
            o.Events.TenancyStyle = TenancyStyle.Conjoined;
            o.Policies.AllDocumentsAreMultiTenanted();
            o.Events.StreamIdentity = StreamIdentity.AsString;
            o.Events.AppendMode = EventAppendMode.Quick;
            o.Events.MetadataConfig.CorrelationIdEnabled = true;
            o.Events.MetadataConfig.CausationIdEnabled = true;
            o.Events.MetadataConfig.UserNameEnabled = true;
            o.Events.MetadataConfig.HeadersEnabled = true;
        });
        await limit.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var streams = events.GroupBy(e => (e.TenantId, e.StreamKey!)).ToList();
        // Marten generates its append code on first use: not part of the limit.
        await using (var warm = limit.LightweightSession(tenants[0]))
        {
            warm.Events.Append("warm-up", streams[0].Select(e => e.Data).ToArray());
            await warm.SaveChangesAsync();
        }
        var sw = Stopwatch.StartNew();
        foreach (var batch in streams.Chunk(ImportedTransactionsRelay.BatchSize))
            foreach (var perTenant in batch.GroupBy(b => b.Key.TenantId))
            {
                await using var session = limit.LightweightSession(perTenant.Key);
                foreach (var stream in perTenant) session.Events.Append(stream.Key.Item2, stream.Select(e => e.Data).ToArray());
                await session.SaveChangesAsync();
            }
        return (streams.Count, sw.Elapsed);
    }

    /// <summary>Every row of <c>mt_events</c> read in sequence order, each column fetched: the floor of any rebuild's reading.</summary>
    public static async Task<(long Events, TimeSpan Took)> SequentialReadAsync(NpgsqlDataSource db)
    {
        var sw = Stopwatch.StartNew();
        await using var cmd = db.CreateCommand($"select seq_id, id, stream_id, version, data, type, timestamp, tenant_id from {LedgerStore.Schema}.mt_events order by seq_id");
        await using var reader = await cmd.ExecuteReaderAsync();
        long rows = 0, bytes = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
                bytes += i == 4 ? reader.GetString(i).Length : reader.IsDBNull(i) ? 0 : 1;
        }
        return (rows, sw.Elapsed);
    }

    static async Task ExecuteAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    static async Task<byte[]> CopyOutAsync(NpgsqlConnection conn, string sql)
    {
        using var buffer = new MemoryStream();
        await using (var raw = await conn.BeginRawBinaryCopyAsync(sql)) await raw.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    static async Task CopyInAsync(NpgsqlConnection conn, string sql, byte[] rows)
    {
        await using var raw = await conn.BeginRawBinaryCopyAsync(sql);
        await raw.WriteAsync(rows);
    }
}
