using Ledger.Projections.Tenants;
using Marten;

namespace Ledger.Api.Auth;

/// <summary>
/// A token of tenant A can never name tenant B: a non-operator naming another tenant gets 403, an operator naming a tenant
/// that does not exist gets 404, and an operator naming none on a tenant endpoint gets 400, before any endpoint runs.
/// </summary>
public sealed class TenantBoundary(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IDocumentStore store)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            var named = context.Request.Headers[LedgerClaims.TenantHeader].ToString();
            if (named.Length == 0 && context.Request.RouteValues.TryGetValue(LedgerClaims.ClientRouteValue, out var route)) named = route?.ToString() ?? "";
            if (!user.IsOperator())
            {
                if (named.Length > 0 && named != user.TenantId())
                {
                    await ProblemResponses.Write(context, StatusCodes.Status403Forbidden, "Forbidden", "A token can only act on its own tenant.");
                    return;
                }
            }
            else if (named.Length == 0 && !IsOperatorEndpoint(context))
            {
                // Without the header an operator's acts would land in the operators' own log (an admin token issued
                // there, a model trained there): a tenant endpoint needs the tenant named. Issue #16 (tenant attack suite).
                await ProblemResponses.Write(context, StatusCodes.Status400BadRequest, "Name the tenant",
                    $"An operator token acts on the tenant named in the {LedgerClaims.TenantHeader} header.");
                return;
            }
            else if (named.Length > 0)
            {
                await using var session = store.QuerySession(named);
                if (await session.LoadAsync<Tenant>(named, context.RequestAborted) is null)
                {
                    await ProblemResponses.Write(context, StatusCodes.Status404NotFound, "Unknown tenant", $"There is no tenant '{named}'.");
                    return;
                }
            }
        }
        await next(context);
    }

    static bool IsOperatorEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any(a => a.Policy == Policies.Operator) == true;
}
