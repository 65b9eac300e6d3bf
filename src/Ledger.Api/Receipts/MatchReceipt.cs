using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Receipts;
using Ledger.Domain.Receipts.Matching;
using Ledger.Projections.Receipts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Receipts;

/// <param name="Version">The receipt's version as the reviewer saw it; a receipt changed since answers 409.</param>
public sealed record MatchReceipt(string TransactionId, int? Version);

public sealed record UnmatchReceipt(string? Reason, int? Version);

public static class MatchReceiptEndpoint
{
    /// <summary>A reviewer's match: any transaction of the tenant that no other receipt supports, scored for the record.</summary>
    [WolverinePost("/api/receipts/{id}/match"), Authorize(Policy = Policies.Reviewer)]
    public static async Task<IResult> Post(string id, MatchReceipt cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(cmd.TransactionId)) throw new FieldRefusedException("transactionId", "is required.");
        var stream = await ReceiptStreams.FetchAsync(session, id, cmd.Version, ct);
        if (stream?.Aggregate?.State is not { } receipt) return ReceiptProblems.NotFound(id);
        var line = await MatchCandidates.OneAsync(session, cmd.TransactionId, ct)
            ?? throw new FieldRefusedException("transactionId", $"there is no transaction '{cmd.TransactionId}'.");
        var taken = await MatchCandidates.TakenAsync(session, [line.TransactionId], ct);
        if (taken.TryGetValue(line.TransactionId, out var other) && other != id)
            throw new FieldRefusedException("transactionId", $"{line.TransactionId} already has receipt {other}: unmatch that one first.");
        stream.AppendMany(ReceiptDecisions.ManualMatch(receipt, line.TransactionId, ReceiptMatcher.Score(receipt.Facts, line, ReceiptMatching.Options),
            user.UserName(), clock.GetCurrentInstant()));
        return await ReceiptStreams.SavedAsync(session, id, ct);
    }
}

public static class UnmatchReceiptEndpoint
{
    /// <summary>Undo a match; automatic matching never offers this receipt that transaction again.</summary>
    [WolverinePost("/api/receipts/{id}/unmatch"), Authorize(Policy = Policies.Reviewer)]
    public static async Task<IResult> Post(string id, UnmatchReceipt cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var stream = await ReceiptStreams.FetchAsync(session, id, cmd.Version, ct);
        if (stream?.Aggregate?.State is not { } receipt) return ReceiptProblems.NotFound(id);
        stream.AppendOne(ReceiptDecisions.Unmatch(receipt, user.UserName(), cmd.Reason, clock.GetCurrentInstant()));
        return await ReceiptStreams.SavedAsync(session, id, ct);
    }
}
