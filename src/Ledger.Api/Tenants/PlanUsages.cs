using Ledger.Domain.Tenants;
using Ledger.Projections;
using Ledger.Projections.Imports;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Tenants;

/// <summary>Stream type of the one-event streams recording an import that passed the plan.</summary>
public sealed class PlanUsageLog
{
    public string Id { get; set; } = "";
}

/// <summary>Transactions imported this month against the plan, counted at import time exactly and read cheaply for display.</summary>
public static class PlanUsages
{
    public static string StreamId(Guid importId) => $"plan-{importId:N}";

    /// <summary>
    /// Inside an import's transaction: from the <c>StatementImported</c> events themselves (their time is the import's clock
    /// time), so every earlier import counts, committed a moment ago or not yet projected.
    /// </summary>
    public static async Task<PlanUsage> ForAsync(NpgsqlConnection conn, string tenantId, int limit, Instant now, CancellationToken ct)
    {
        var month = PlanUsage.MonthOf(now);
        var start = month.OnDayOfMonth(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var end = month.PlusMonths(1).OnDayOfMonth(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        await using var cmd = new NpgsqlCommand($"select coalesce(sum((data ->> 'Imported')::int), 0) from {LedgerStore.Schema}.mt_events " +
            "where tenant_id = @t and type = 'statement_imported' and timestamp >= @start and timestamp < @end", conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.Parameters.AddWithValue("start", start.ToDateTimeOffset());
        cmd.Parameters.AddWithValue("end", end.ToDateTimeOffset());
        return new PlanUsage(tenantId, month, Convert.ToInt32(await cmd.ExecuteScalarAsync(ct)), limit);
    }

    /// <summary>
    /// For reading (GET /api/tenant, the metrics): from the import list, one small document per statement, which trails the
    /// imports by the async daemon's lag (seconds) but costs nothing like a scan of the events.
    /// </summary>
    public static async Task<PlanUsage> ShownAsync(IQuerySession tenantSession, Tenant tenant, Instant now, CancellationToken ct)
    {
        var month = PlanUsage.MonthOf(now);
        var imports = await tenantSession.Query<StatementImportView>().ToListAsync(ct);
        return new PlanUsage(tenant.Id, month, imports.Where(i => PlanUsage.MonthOf(i.At) == month).Sum(i => i.Imported), tenant.Limits.MaxTransactionsPerMonth);
    }

    public static async Task<IReadOnlyList<PlanUsage>> AllAsync(IDocumentStore store, Instant now, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var tenants = await session.Query<Tenant>().Where(x => x.AnyTenant()).ToListAsync(ct);
        var usage = new List<PlanUsage>(tenants.Count);
        foreach (var t in tenants)
        {
            await using var own = store.QuerySession(t.Id);
            usage.Add(await ShownAsync(own, t, now, ct));
        }
        return usage;
    }
}
