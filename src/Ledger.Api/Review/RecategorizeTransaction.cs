using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

/// <summary>Book the transaction to another account than the one proposed.</summary>
public sealed record RecategorizeTransaction(string? AccountCode, int? Version);

public static class RecategorizeTransactionEndpoint
{
    [WolverinePost("/api/transactions/{id}/recategorize"), Authorize(Policy = Policies.Reviewer)]
    public static Task<IResult> Post(string id, RecategorizeTransaction cmd, HttpRequest request, IDocumentSession session, IDocumentStore store,
        ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        ReviewActs.RunAsync(request, session, store, user, clock,
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), new ReviewCommand.Recategorize(cmd.AccountCode), ct), ct);
}
