using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Antiforgery;

namespace Ledger.Api.Web;

public sealed record SignIn(string? Token);

/// <param name="Antiforgery">The token this page sends back in X-CSRF-TOKEN with every change.</param>
public sealed record PageSessionView(bool SignedIn, string? User, string? Role, string? TenantId, string? TenantName, string Antiforgery);

/// <summary>
/// Sign in, who am I, sign out: the pages' own endpoints (not part of the API's description; API clients send a bearer
/// token instead). Sign-in itself needs the antiforgery token, so no other site can sign a browser in to its own tenant.
/// </summary>
public static class PageSession
{
    public static void MapPageSession(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/session").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("", Get);
        group.MapPost("", SignInAsync);
        // Signing out needs the page's token too: another site's page must not be able to sign a reviewer out either.
        group.MapPost("/signout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context)) return Refused();
            SessionCookie.Delete(context);
            return Results.NoContent();
        });
    }

    static IResult Refused() => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused",
        detail: $"Use the pages: their antiforgery token ({AntiforgeryGuard.HeaderName}) is missing or stale.");

    static async Task<PageSessionView> Get(HttpContext context, IAntiforgery antiforgery, IDocumentStore store)
    {
        var request = antiforgery.GetAndStoreTokens(context).RequestToken!;
        var user = context.User;
        if (user.Identity?.IsAuthenticated != true) return new(false, null, null, null, null, request);
        var home = user.FindFirstValue(LedgerClaims.HomeTenant)!;
        await using var session = store.QuerySession(home);
        var tenant = user.IsOperator() ? null : await session.LoadAsync<Tenant>(home, context.RequestAborted);
        return new(true, user.UserName(), user.FindFirstValue(LedgerClaims.Role), home, tenant?.Name, request);
    }

    static async Task<IResult> SignInAsync(HttpContext context, SignIn body, IAntiforgery antiforgery, IDocumentStore store, AuthFailureLimiter limiter)
    {
        if (!await antiforgery.IsRequestValidAsync(context)) return Refused();
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.IsBlocked(client, out var wait))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed authentications",
                detail: "Too many failed sign-ins from this address; try again later.");
        }
        var (token, failure) = await ApiTokenAuthentication.FindAsync(store, body.Token?.Trim() ?? "", context.RequestAborted);
        if (token is null)
        {
            limiter.RecordFailure(client);
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in refused", detail: failure);
        }
        SessionCookie.Write(context, body.Token!.Trim());
        return Results.Ok(new { signedIn = true, user = token.IssuedTo, role = token.Role, tenantId = token.TenantId });
    }
}
