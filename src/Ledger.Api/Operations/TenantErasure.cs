using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Ledger.Projections;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Operations;

/// <param name="Kits">The onboarding kits the tenant's stream recorded; only those written for this database are deleted.</param>
public sealed record ErasurePlan(string TenantId, IReadOnlyDictionary<string, long> Rows, long Envelopes, IReadOnlyList<KitLocation> Kits);

/// <summary>
/// Erases a tenant (right to erasure): its events, streams and documents (Marten's DeleteAllTenantDataAsync), any row
/// left in another tenant_id table, the Wolverine envelopes that mention it, and its onboarding kit on disk where the tenant's
/// stream recorded it (<see cref="OnboardingKits"/>). What stays is a <see cref="TenantErased"/> tombstone in the operators' stream.
/// </summary>
public static class TenantErasure
{
    // Wolverine's envelope tables have no tenant column: the tenant id is a header inside the serialised body.
    static readonly string[] EnvelopeTables = ["wolverine_incoming_envelopes", "wolverine_outgoing_envelopes", "wolverine_dead_letters"];

    public static async Task<ErasurePlan> PlanAsync(IDocumentStore store, string tenant, CancellationToken ct)
    {
        Guard(tenant);
        await using var conn = await store.OpenTenantConnectionAsync(tenant, ct);
        var envelopes = 0L;
        foreach (var table in EnvelopeTables)
        {
            await using var cmd = EnvelopeCommand(conn, "select count(*)", table, tenant);
            envelopes += (long)(await cmd.ExecuteScalarAsync(ct))!;
        }
        return new ErasurePlan(tenant, await TenantTables.CountAsync(conn, tenant, ct), envelopes, await OnboardingKits.RecordedAsync(conn, tenant, ct));
    }

    public static async Task<ErasurePlan> EraseAsync(IDocumentStore store, string tenant, string erasedBy, Instant now, CancellationToken ct)
    {
        var plan = await PlanAsync(store, tenant, ct);
        await store.Advanced.DeleteAllTenantDataAsync(tenant, ct);
        await using (var conn = await store.OpenTenantConnectionAsync(tenant, ct))
        {
            // Whatever Marten's delete does not know about (a table added by hand, a future feature) goes too.
            foreach (var table in await TenantTables.ListAsync(conn, ct))
            {
                await using var cmd = new NpgsqlCommand($"delete from {Ledger.Projections.LedgerStore.Schema}.{table} where tenant_id = @t", conn);
                cmd.Parameters.AddWithValue("t", tenant);
                await cmd.ExecuteNonQueryAsync(ct);
            }
            foreach (var table in EnvelopeTables)
            {
                await using var cmd = EnvelopeCommand(conn, "delete", table, tenant);
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
        foreach (var kit in plan.Kits) OnboardingKits.Delete(kit);

        await using var session = store.LightweightSession(Roles.OperatorsTenant);
        var erased = new TenantErased(TenantErased.Hash(tenant), erasedBy, now);
        if (await session.Events.FetchStreamStateAsync(Roles.OperatorsTenant, ct) is null) session.Events.StartStream<OperatorLog>(Roles.OperatorsTenant, erased);
        else session.Events.Append(Roles.OperatorsTenant, erased);
        await session.SaveChangesAsync(ct);
        return plan;
    }

    static NpgsqlCommand EnvelopeCommand(NpgsqlConnection conn, string verb, string table, string tenant)
    {
        var cmd = new NpgsqlCommand($"{verb} from {Ledger.Projections.LedgerStore.Schema}.{table} where position(convert_to(@t, 'UTF8') in body) > 0", conn);
        cmd.Parameters.AddWithValue("t", tenant);
        return cmd;
    }

    /// <summary>The operators' own data is not a tenant to erase; an id with a path separator or a dot is no tenant id.</summary>
    static void Guard(string tenant)
    {
        if (string.IsNullOrWhiteSpace(tenant) || tenant == Roles.OperatorsTenant || tenant.IndexOfAny(['/', '\\', '.']) >= 0)
            throw new ArgumentException($"'{tenant}' is not a client tenant id");
    }
}
