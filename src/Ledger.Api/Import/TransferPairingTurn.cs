using Ledger.Projections;
using Marten;
using Npgsql;

namespace Ledger.Api.Import;

/// <summary>
/// A tenant's transfer pairing and its decisions take turns, on one advisory lock per tenant. An import takes it exclusively
/// just before it commits and keeps it until its new transactions are paired; a decision batch shares it for its own
/// transaction. So a batch never decides a leg while a pair is being recorded on it: it decides either before the pairing
/// (and the pairing's import waits for its commit) or after it (and sees the pair). Before, the demo's card statement paired
/// checking legs that were being decided, and the batch collided on the stream version and was decided again.
/// <para>Imports into different accounts still write at once; they queue only for commit and pairing, which were one at a
/// time per tenant already. Decisions share the lock with each other and never wait for one another. With the LLM
/// configured a batch takes no share: it may wait seconds per transaction on the provider, and an import's commit must not
/// wait that long. Such a batch can still meet a pair recorded while it decides; it then collides on the stream version,
/// rolls back (its LLM usage with it) and is decided again on fresh facts.</para>
/// </summary>
public sealed class TransferPairingTurn : IAsyncDisposable
{
    const string Key = "hashtext('ledger-transfers:' || @t)";
    readonly NpgsqlConnection _connection;
    bool _released;

    public string TenantId { get; }

    TransferPairingTurn(NpgsqlConnection connection, string tenantId) => (_connection, TenantId) = (connection, tenantId);

    /// <summary>The import's turn: held on a connection of its own, so it outlives the import's transaction.</summary>
    public static async Task<TransferPairingTurn> TakeAsync(IDocumentStore store, string tenantId, CancellationToken ct)
    {
        var connection = await store.OpenTenantConnectionAsync(tenantId, ct);
        try
        {
            await ExecuteAsync(connection, $"select pg_advisory_lock({Key})", tenantId, ct);
            return new TransferPairingTurn(connection, tenantId);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A decision batch's share, released when its transaction ends (commit or rollback).</summary>
    public static async Task ShareAsync(IDocumentSession session, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await ExecuteAsync(session.Connection!, $"select pg_advisory_xact_lock_shared({Key})", session.TenantId, ct);
    }

    /// <summary>Gives the turn back (once; the importer returns it as soon as pairing is done).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_released) return;
        _released = true;
        try { await ExecuteAsync(_connection, $"select pg_advisory_unlock({Key})", TenantId, CancellationToken.None); }
        finally { await _connection.DisposeAsync(); }   // closing the connection releases it in any case
    }

    static async Task ExecuteAsync(NpgsqlConnection connection, string sql, string tenantId, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.CommandTimeout = 0;   // as long as the other side takes; the caller's token still cancels
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
