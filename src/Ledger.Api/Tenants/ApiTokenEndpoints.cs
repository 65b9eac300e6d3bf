using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Tenants;

public sealed record IssueApiToken(string? Role, string? IssuedTo);
public sealed record ApiTokenIssuedResponse(Guid TokenId, string Token, string Role, string IssuedTo);
public sealed record ApiTokenView(Guid TokenId, string Role, string IssuedTo, Instant IssuedAt, Instant? RevokedAt);

public static class ApiTokenEndpoints
{
    /// <summary>An admin gives a colleague a token; it is shown once in this response and stored only as a hash.</summary>
    [WolverinePost("/api/tokens"), Authorize(Policy = Policies.Admin)]
    public static IResult Issue(IssueApiToken cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock)
    {
        var role = cmd.Role?.Trim().ToLowerInvariant() ?? "";
        if (role is not (Roles.Admin or Roles.Reviewer or Roles.Auditor))
            throw new DomainException($"Role must be one of admin, reviewer, auditor (got '{cmd.Role}'). Operator tokens come from the CLI.");
        if (string.IsNullOrWhiteSpace(cmd.IssuedTo)) throw new DomainException("issuedTo (the person the token is for) is required.");
        var token = ApiTokens.NewToken();
        var issued = new ApiTokenIssued(Guid.NewGuid(), ApiTokens.Hash(token), role, cmd.IssuedTo.Trim(), user.UserName(), clock.GetCurrentInstant());
        session.Events.Append(user.TenantId(), issued);
        return Results.Created($"/api/tokens/{issued.TokenId}", new ApiTokenIssuedResponse(issued.TokenId, token, role, issued.IssuedTo));
    }

    [WolverineGet("/api/tokens"), Authorize(Policy = Policies.Admin)]
    public static async Task<IReadOnlyList<ApiTokenView>> List(IQuerySession session, CancellationToken ct)
    {
        var tokens = await session.Query<ApiToken>().OrderBy(x => x.IssuedTo).ToListAsync(ct);
        return tokens.Select(t => new ApiTokenView(t.Id, t.Role, t.IssuedTo, t.IssuedAt, t.RevokedAt)).ToList();
    }

    [WolverineDelete("/api/tokens/{tokenId}"), Authorize(Policy = Policies.Admin)]
    public static async Task<IResult> Revoke(Guid tokenId, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        // The session is scoped to the caller's tenant, so another tenant's token id is simply not found.
        var token = await session.LoadAsync<ApiToken>(tokenId, ct);
        if (token is null) return Results.Problem(statusCode: 404, title: "Unknown token", detail: $"No token {tokenId} in this tenant.");
        if (!token.IsRevoked) session.Events.Append(token.TenantId, new ApiTokenRevoked(tokenId, user.UserName(), clock.GetCurrentInstant()));
        return Results.NoContent();
    }
}
