using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Decisions;
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
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), ReviewAct.Split, s => Decide(review, s, cmd.Parts), ct), ct);

    static IReadOnlyList<object> Decide(ReviewSession review, ReviewState s, IReadOnlyList<SplitPart>? parts)
    {
        if (parts is not { Count: > 0 }) throw new DomainException("parts [{accountCode, amount}] are required.");
        var accounts = parts.Select(p => (review.Category(s, p.AccountCode), p.Amount)).ToList();
        // ForSplit refuses parts that do not add up, naming the difference: we never plug it into a suspense account.
        var lines = JournalLines.ForSplit(review.Bank(s), accounts, s.Amount, s.Payee);
        // The largest part is the label: it is what the vendor mostly is, and one split must not count as several labels.
        var main = accounts.OrderByDescending(a => a.Amount).First().Item1.Code;
        return
        [
            new TransactionSplit(s.TransactionId, accounts.Select(a => new SplitPart(a.Item1.Code, a.Amount)).ToList(), review.By, review.Now),
            review.Post(s, lines, "split"),
            review.Label(s, main),
        ];
    }
}
