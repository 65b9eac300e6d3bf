using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

/// <summary>Spread one bank line over several accounts; amounts are positive and add up to |amount| to the cent.</summary>
public sealed record SplitTransaction(IReadOnlyList<SplitPart>? Parts, int? Version);

public static class SplitTransactionEndpoint
{
    [WolverinePost("/api/transactions/{id}/split"), Authorize(Policy = Policies.Reviewer)]
    public static Task<IResult> Post(string id, SplitTransaction cmd, HttpRequest request, IDocumentSession session, IDocumentStore store,
        ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        ReviewActs.RunAsync(request, session, store, user, clock,
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), new ReviewCommand.Split(cmd.Parts), ct), ct);
}
