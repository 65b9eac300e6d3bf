using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

/// <summary>Take a posted entry (auto-posted or a reviewer's) off the books and send the transaction back to the queue.</summary>
public sealed record ReverseEntry(string? Reason, int? Version);

public static class ReverseEntryEndpoint
{
    [WolverinePost("/api/transactions/{id}/reverse"), Authorize(Policy = Policies.Reviewer)]
    public static Task<IResult> Post(string id, ReverseEntry cmd, HttpRequest request, IDocumentSession session, IDocumentStore store,
        ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        ReviewActs.RunAsync(request, session, store, user, clock,
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), new ReviewCommand.Reverse(cmd.Reason), ct), ct);
}
