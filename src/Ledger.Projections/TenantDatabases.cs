using Marten;
using Npgsql;

namespace Ledger.Projections;

/// <summary>
/// The one place a tenant id becomes a database. Sessions already route through Marten's tenancy (every session is opened
/// with its tenant id); the code that talks SQL itself (the COPY import, transfer matching, the metrics' outcome lookups,
/// tenant export and erasure) opens its connection here, through the same tenancy. Moving a tenant to a database of its
/// own (docs/decisions.md 25) then changes the tenancy in <see cref="LedgerStore.ConfigureLedger"/> and nothing else.
/// </summary>
public static class TenantDatabases
{
    public static ValueTask<NpgsqlConnection> OpenTenantConnectionAsync(this IDocumentStore store, string tenantId, CancellationToken ct) =>
        OpenAsync(store.Options, tenantId, ct);

    public static async ValueTask<NpgsqlConnection> OpenAsync(IReadOnlyStoreOptions options, string tenantId, CancellationToken ct)
    {
        var database = await options.Tenancy.FindOrCreateDatabase(tenantId);
        var connection = database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }
}
