using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Tenants;

public static class GetTenantEndpoint
{
    /// <summary>The caller's own tenant (an operator names one with the X-Ledger-Tenant header), with this month's plan usage.</summary>
    [WolverineGet("/api/tenant"), Authorize(Policy = Policies.Reader)]
    public static async Task<TenantView?> Get(IQuerySession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(user.TenantId(), ct);
        return tenant is null ? null : TenantView.From(tenant, await PlanUsages.ShownAsync(session, tenant, clock.GetCurrentInstant(), ct));
    }

    /// <summary>Every tenant with its plan usage: an operator sees at a glance who is over plan this month.</summary>
    [WolverineGet("/api/ops/tenants"), Authorize(Policy = Policies.Operator)]
    public static async Task<IReadOnlyList<TenantView>> List(IDocumentStore store, IClock clock, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var all = await session.Query<Tenant>().Where(x => x.AnyTenant()).OrderBy(x => x.Name).ToListAsync(ct);
        var usage = (await PlanUsages.AllAsync(store, clock.GetCurrentInstant(), ct)).ToDictionary(u => u.TenantId);
        return all.Select(t => TenantView.From(t, usage.GetValueOrDefault(t.Id))).ToList();
    }
}
