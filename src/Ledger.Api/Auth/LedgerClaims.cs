using System.Security.Claims;
using Ledger.Domain.Tenants;

namespace Ledger.Api.Auth;

public static class LedgerClaims
{
    public const string Tenant = "ledger:tenant";
    public const string HomeTenant = "ledger:home_tenant";
    public const string Role = ClaimTypes.Role;
    public const string TokenId = "ledger:token_id";
    /// <summary>How the token came: a bearer header (API clients) or the pages' session cookie (then unsafe requests need antiforgery).</summary>
    public const string Via = "ledger:via";
    public const string ViaCookie = "cookie";
    public const string ViaBearer = "bearer";
    /// <summary>Operators name the tenant they act on with this header; for everyone else the token alone decides.</summary>
    public const string TenantHeader = "X-Ledger-Tenant";
    /// <summary>Operator routes name the client tenant as {clientId} ("tenantId" is taken by Wolverine's generated code).</summary>
    public const string ClientRouteValue = "clientId";

    public static string TenantId(this ClaimsPrincipal user) => user.FindFirstValue(Tenant) ?? throw new InvalidOperationException("No tenant on the request.");
    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";
    public static bool IsOperator(this ClaimsPrincipal user) => user.IsInRole(Roles.Operator);
    public static bool ViaSessionCookie(this ClaimsPrincipal user) => user.FindFirstValue(Via) == ViaCookie;
}

public static class Policies
{
    public const string Reader = "reader";       // any role of the tenant, auditors included
    public const string Reviewer = "reviewer";   // may change the books: reviewer or admin
    public const string Admin = "admin";
    public const string Operator = "operator";
}
