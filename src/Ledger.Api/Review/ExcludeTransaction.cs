using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

/// <summary>Keep a bank line out of the books: personal, duplicate or not bookable. No entry and no label.</summary>
public sealed record ExcludeTransaction(string? Reason, string? Note, int? Version);

public static class ExcludeTransactionEndpoint
{
    [WolverinePost("/api/transactions/{id}/exclude"), Authorize(Policy = Policies.Reviewer)]
    public static Task<IResult> Post(string id, ExcludeTransaction cmd, HttpRequest request, IDocumentSession session, IDocumentStore store,
        ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        ReviewActs.RunAsync(request, session, store, user, clock,
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), new ReviewCommand.Exclude(cmd.Reason, cmd.Note), ct), ct);
}
