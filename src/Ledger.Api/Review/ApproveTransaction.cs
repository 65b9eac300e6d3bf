using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

/// <summary>Approve the proposed account; <paramref name="Version"/> is the stream version the reviewer saw.</summary>
public sealed record ApproveTransaction(int? Version);

public static class ApproveTransactionEndpoint
{
    [WolverinePost("/api/transactions/{id}/approve"), Authorize(Policy = Policies.Reviewer)]
    public static Task<IResult> Post(string id, ApproveTransaction cmd, HttpRequest request, IDocumentSession session, IDocumentStore store,
        ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        ReviewActs.RunAsync(request, session, store, user, clock,
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), new ReviewCommand.Approve(), ct), ct);
}
