using Ledger.Api.Auth;
using Ledger.Domain.Categorization;
using Ledger.Projections.Categorization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Rules;

public static class ListVendorRulesEndpoint
{
    /// <summary>The rules the cascade uses now (admin-written and promoted), by vendor.</summary>
    [WolverineGet("/api/rules"), Authorize(Policy = Policies.Reader)]
    public static async Task<IReadOnlyList<VendorRuleView>> Get(IQuerySession session, CancellationToken ct)
    {
        var state = await session.LoadAsync<CategorizerState>(CategorizerStreams.Id, ct);
        return (state?.ActiveRules ?? []).OrderBy(r => r.VendorKey, StringComparer.Ordinal).ThenBy(r => r.Id).Select(VendorRuleView.Of).ToList();
    }
}
