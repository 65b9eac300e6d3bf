using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Decisions;
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
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), ReviewAct.Recategorize, s => Decide(review, s, cmd.AccountCode), ct), ct);

    /// <summary>Public so a simulated reviewer (Jobs simulate-reviews) records exactly what this endpoint records.</summary>
    public static IReadOnlyList<object> Decide(ReviewSession review, ReviewState s, string? accountCode)
    {
        var category = review.Category(s, accountCode);
        var lines = JournalLines.ForBankTransaction(review.Bank(s), category, s.Amount, s.Payee);
        return
        [
            new TransactionRecategorized(s.TransactionId, s.ProposedAccountCode, category.Code, review.By, review.Now),
            review.Post(s, lines, "recategorized"),
            review.Label(s, category.Code),
        ];
    }
}
