using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Decisions;
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
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), ReviewAct.Approve, s => Decide(review, s), ct), ct);

    /// <summary>Shared with bulk approval, so approving one or many records exactly the same facts.</summary>
    public static IReadOnlyList<object> Decide(ReviewSession review, ReviewState s)
    {
        var category = review.Category(s, s.ProposedAccountCode);
        var lines = JournalLines.ForBankTransaction(review.Bank(s), category, s.Amount, s.Payee);
        return
        [
            new ReviewApproved(s.TransactionId, category.Code, review.By, review.Now),
            review.Post(s, lines, "approved"),
            review.Label(s, category.Code),
        ];
    }
}
