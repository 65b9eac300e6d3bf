using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Tenants;

public static class GetTenantEndpoint
{
    /// <summary>The caller's own tenant (an operator names one with the X-Ledger-Tenant header).</summary>
    [WolverineGet("/api/tenant"), Authorize(Policy = Policies.Reader)]
    public static async Task<TenantView?> Get(IQuerySession session, ClaimsPrincipal user, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(user.TenantId(), ct);
        return tenant is null ? null : TenantView.From(tenant);
    }

    [WolverineGet("/api/ops/tenants"), Authorize(Policy = Policies.Operator)]
    public static async Task<IReadOnlyList<TenantView>> List(IDocumentStore store, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var all = await session.Query<Tenant>().Where(x => x.AnyTenant()).OrderBy(x => x.Name).ToListAsync(ct);
        return all.Select(TenantView.From).ToList();
    }
}
