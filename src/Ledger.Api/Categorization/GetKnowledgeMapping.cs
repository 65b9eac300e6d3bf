using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Categorization;

/// <param name="Basis">"template starter", or the name words that matched a custom account.</param>
public sealed record KindAccountView(string Kind, string AccountCode, string AccountName, string Basis);

/// <param name="Unmapped">Kinds the chart has no account for: the knowledge base stays silent on those merchants.</param>
public sealed record KnowledgeMappingView(string KnowledgeVersion, int Entries, string MapVersion, string Template,
    IReadOnlyList<KindAccountView> Mapped, IReadOnlyList<string> Unmapped);

/// <summary>
/// How the shipped merchant knowledge base lands on this tenant's chart: which account each kind of merchant is proposed to,
/// and why. An admin reads it to see what a vendor never labelled will be proposed to; a custom account is found by name.
/// </summary>
public static class GetKnowledgeMappingEndpoint
{
    [WolverineGet("/api/categorizer/knowledge"), Authorize(Policy = Policies.Reader)]
    public static async Task<KnowledgeMappingView> Get(IQuerySession session, ClaimsPrincipal user, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(user.TenantId(), ct) ?? throw new InvalidOperationException($"No tenant {user.TenantId()}.");
        var k = CategorizerContextLoader.KnowledgeOf(tenant);
        return new KnowledgeMappingView(k.Base.Version, k.Base.Entries.Count, k.Map.Version, tenant.Template,
            k.Map.Accounts.Select(a => new KindAccountView(a.Kind, a.AccountCode, a.AccountName, a.Basis)).ToList(),
            k.Base.Kinds.Keys.Where(kind => k.Map.For(kind) is null).Order(StringComparer.Ordinal).ToList());
    }
}
