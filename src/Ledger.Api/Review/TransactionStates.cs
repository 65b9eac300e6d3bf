using JasperFx.Events;
using Ledger.Domain.Lifecycle;
using Marten;

namespace Ledger.Api.Review;

/// <summary>A transaction as a reviewer's client needs to see it to act: its state and the stream version to send back.</summary>
public sealed record TransactionStateView(string TransactionId, int Version, string Status, string? ProposedAccountCode,
    string? FinalAccountCode, Guid? EntryId, string? EntryPostedBy, string? TransferCounterpartId, Guid? CoveringEntryId);

public static class TransactionStates
{
    /// <summary>Folds a transaction's events; null when the stream holds no import (unknown id, or another tenant's).</summary>
    public static TransactionLifecycle? Fold(IReadOnlyList<IEvent> events) => TransactionLifecycle.Fold(events.OrderBy(e => e.Version).Select(e => e.Data));

    public static TransactionStateView View(TransactionLifecycle s, long version) =>
        new(s.TransactionId, (int)version, s.Status, s.ProposedAccountCode, s.FinalAccountCode, s.EntryId, s.PostedBy, s.TransferCounterpartId, s.CoveringEntryId);

    public static async Task<TransactionStateView?> LoadAsync(IQuerySession session, string id, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Fold(events) is { } state ? View(state, events[^1].Version) : null;
    }

    /// <summary>Current stream versions of many transactions in one query (what the queue shows and bulk approve uses).</summary>
    public static async Task<IReadOnlyDictionary<string, int>> VersionsAsync(IQuerySession session, string[] ids, CancellationToken ct)
    {
        if (ids.Length == 0) return new Dictionary<string, int>();
        await using var cmd = new Npgsql.NpgsqlCommand($"select id, version from {Ledger.Projections.LedgerStore.Schema}.mt_streams where tenant_id = @t and id = any(@ids)");
        cmd.Parameters.AddWithValue("t", session.TenantId);
        cmd.Parameters.AddWithValue("ids", ids);
        var versions = new Dictionary<string, int>(ids.Length);
        await using var reader = await session.ExecuteReaderAsync(cmd, ct);
        while (await reader.ReadAsync(ct)) versions[reader.GetString(0)] = (int)reader.GetInt64(1);
        return versions;
    }
}
