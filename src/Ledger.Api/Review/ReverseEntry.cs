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

/// <summary>Take a posted entry (auto-posted or a reviewer's) off the books and send the transaction back to the queue.</summary>
public sealed record ReverseEntry(string? Reason, int? Version);

public static class ReverseEntryEndpoint
{
    [WolverinePost("/api/transactions/{id}/reverse"), Authorize(Policy = Policies.Reviewer)]
    public static Task<IResult> Post(string id, ReverseEntry cmd, HttpRequest request, IDocumentSession session, IDocumentStore store,
        ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(cmd.Reason)) throw new DomainException("reason is required: a reversal must say why.");
        return ReviewActs.RunAsync(request, session, store, user, clock,
            async review => await review.ActAsync(id, ReviewActs.RequireVersion(cmd.Version), ReviewAct.Reverse, s => Decide(review, s, cmd.Reason.Trim()), ct), ct);
    }

    static IReadOnlyList<object> Decide(ReviewSession review, ReviewState s, string reason)
    {
        var entry = s.Entry!;
        // Dated like the original so the period it was booked in nets to zero (there is no period close to respect yet).
        var reversed = new JournalEntryReversed(entry.EntryId, Guid.NewGuid(), s.TransactionId, entry.EntryDate, JournalLines.Reverse(entry.Lines),
            review.By, reason, review.Now);
        // Back on the queue with the original proposal, so the reviewer can approve, recategorize or split it afresh.
        var requeued = new ReviewRequested(s.TransactionId, [ReviewReasons.ReversedByReviewer], s.BankAccountCode, s.PostedOn, s.Amount, s.Payee,
            s.VendorKey ?? "", s.ProposedAccountCode, s.CalibratedP ?? 0, s.ProposalSource ?? "", review.Now);
        return [reversed, requeued];
    }
}
