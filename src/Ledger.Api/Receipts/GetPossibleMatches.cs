using Ledger.Api.Auth;
using Ledger.Projections.Receipts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Receipts;

public sealed record PossibleMatch(string TransactionId, string BankAccountCode, LocalDate PostedOn, decimal Amount, string Payee, double Score,
    IReadOnlyList<string> Reasons, bool RejectedByReviewer);

/// <param name="Ambiguous">Lines scored, none far enough ahead to be matched automatically.</param>
/// <param name="TakenByOtherReceipts">Lines in reach that other receipts already support (transaction id → receipt id).</param>
public sealed record PossibleMatches(string ReceiptId, string? MatchedTransactionId, bool Ambiguous, IReadOnlyList<PossibleMatch> Candidates,
    IReadOnlyDictionary<string, string> TakenByOtherReceipts);

public static class GetPossibleMatchesEndpoint
{
    /// <summary>Every line the matcher would consider for the receipt, best first, with the reasons of each score.</summary>
    [WolverineGet("/api/receipts/{id}/possible-matches"), Authorize(Policy = Policies.Reader)]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken ct)
    {
        if ((await session.LoadAsync<Receipt>(id, ct))?.State is not { } receipt) return ReceiptProblems.NotFound(id);
        var (outcome, lines, taken) = await ReceiptMatching.PossibleAsync(session, receipt, ct);
        var byId = lines.ToDictionary(l => l.TransactionId);
        var candidates = outcome.Possible.Select(s => byId[s.TransactionId]).Zip(outcome.Possible, (l, s) => new PossibleMatch(
            l.TransactionId, l.BankAccountCode, l.PostedOn, l.Amount, l.Payee, s.Score, s.Reasons, receipt.Rejected.Contains(l.TransactionId))).ToList();
        return Results.Ok(new PossibleMatches(id, receipt.MatchedTransactionId, !receipt.IsMatched && outcome.IsAmbiguous, candidates, taken));
    }
}
