using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

/// <summary>Keep an answer suspected of being a slip; its label then teaches vendor stats, rules and training like any other.</summary>
public sealed record ConfirmAnswer(int? Version);

public static class ConfirmAnswerEndpoint
{
    [WolverinePost("/api/transactions/{id}/confirm"), Authorize(Policy = Policies.Reviewer)]
    public static Task<IResult> Post(string id, ConfirmAnswer cmd, HttpRequest request, IDocumentSession session, IDocumentStore store,
        ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        ReviewActs.RunAsync(request, session, store, user, clock,
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), new ReviewCommand.Confirm(), ct), ct);
}
