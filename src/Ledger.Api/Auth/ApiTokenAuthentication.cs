using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Ledger.Api.Web;

namespace Ledger.Api.Auth;

/// <summary>Bearer API tokens: the token's hash finds its tenant and role; a revoked or unknown token gets nothing.</summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDocumentStore store, AuthFailureLimiter limiter)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    const string RetryAfterItem = "ledger.auth.retry-after";

    string Client => Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (limiter.IsBlocked(Client, out var retryAfter))
        {
            Context.Items[RetryAfterItem] = retryAfter;
            return AuthenticateResult.Fail("Too many failed authentication attempts from this address; try again later.");
        }
        var result = await AuthenticateTokenAsync();
        if (result.Failure is not null) limiter.RecordFailure(Client);
        return result;
    }

    async Task<AuthenticateResult> AuthenticateTokenAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        // A bearer header always wins; without one, the pages' session cookie (Web/SessionCookie) carries the same token.
        var viaCookie = string.IsNullOrEmpty(header);
        string token;
        if (viaCookie)
        {
            if (SessionCookie.ReadToken(Context) is not { } fromCookie) return AuthenticateResult.NoResult();
            token = fromCookie;
        }
        else
        {
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                return AuthenticateResult.Fail("Authorization header must be 'Bearer <token>'.");
            token = header["Bearer ".Length..].Trim();
        }
        var (found, failure) = await FindAsync(store, token, Context.RequestAborted);
        if (found is null) return AuthenticateResult.Fail(failure!);

        var actingTenant = found.TenantId;
        if (found.Role == Roles.Operator)
        {
            var named = Request.Headers[LedgerClaims.TenantHeader].ToString();
            if (named.Length == 0 && Request.RouteValues.TryGetValue(LedgerClaims.ClientRouteValue, out var routeTenant)) named = routeTenant?.ToString() ?? "";
            if (named.Length > 0) actingTenant = named;
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, found.IssuedTo),
            new Claim(ClaimTypes.Role, found.Role),
            new Claim(LedgerClaims.Tenant, actingTenant),
            new Claim(LedgerClaims.HomeTenant, found.TenantId),
            new Claim(LedgerClaims.TokenId, found.Id.ToString()),
            // Antiforgery tokens are bound to this (stable) claim, not to the acting tenant an operator's header changes.
            new Claim(ClaimTypes.NameIdentifier, "token:" + found.Id),
            new Claim(LedgerClaims.Via, viaCookie ? LedgerClaims.ViaCookie : LedgerClaims.ViaBearer),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>The live token behind a presented secret, or why there is none (also the pages' sign-in).</summary>
    public static async Task<(ApiToken? Token, string? Failure)> FindAsync(IDocumentStore store, string token, CancellationToken ct)
    {
        if (!ApiTokens.LooksLikeToken(token)) return (null, "Malformed API token.");
        var hash = ApiTokens.Hash(token);
        await using var session = store.QuerySession();
        var found = await session.Query<ApiToken>()
            .Where(x => x.AnyTenant() && x.TokenHash == hash)
            .FirstOrDefaultAsync(ct);
        // The lookup is by hash; the fixed-time compare keeps the final check free of timing differences.
        if (found is null || !CryptographicOperations.FixedTimeEquals(Convert.FromHexString(found.TokenHash), Convert.FromHexString(hash)))
            return (null, "Unknown API token.");
        return found.IsRevoked ? (null, "This API token has been revoked.") : (found, null);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        if (Context.Items[RetryAfterItem] is TimeSpan wait)
        {
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
            await ProblemResponses.Write(Context, StatusCodes.Status429TooManyRequests, "Too many failed authentications", result.Failure!.Message);
            return;
        }
        await ProblemResponses.Write(Context, StatusCodes.Status401Unauthorized, "Authentication required",
            result.Failure?.Message ?? "Send 'Authorization: Bearer <token>' with a valid API token.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemResponses.Write(Context, StatusCodes.Status403Forbidden, "Forbidden", "Your token's role does not allow this.");
}
