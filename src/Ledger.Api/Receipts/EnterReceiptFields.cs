using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Receipts;
using Ledger.Projections.Receipts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Receipts;

public sealed record EnterReceiptFields(string? Merchant, LocalDate? Date, decimal? Total, decimal? Tax, string? Currency, int? Version);

public static class EnterReceiptFieldsEndpoint
{
    /// <summary>
    /// A person types what a reader could not get (a photo's total) or corrects it; fields left out keep their value. An
    /// unmatched receipt is then matched again with what it now says.
    /// </summary>
    [WolverinePut("/api/receipts/{id}/fields"), Authorize(Policy = Policies.Reviewer)]
    public static async Task<IResult> Put(string id, EnterReceiptFields cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var stream = await ReceiptStreams.FetchAsync(session, id, cmd.Version, ct);
        if (stream?.Aggregate?.State is not { } receipt) return ReceiptProblems.NotFound(id);
        var now = clock.GetCurrentInstant();
        stream.AppendOne(ReceiptDecisions.EnterFields(receipt, cmd.Merchant, cmd.Date, cmd.Total, cmd.Tax, cmd.Currency, user.UserName(), now));
        await session.SaveChangesAsync(ct);

        var updated = (await session.LoadAsync<Receipt>(id, ct))!;
        if ((await ReceiptMatching.MatchAsync(session, [updated.State], now, ct)).TryGetValue(id, out var matched))
            session.Events.Append(id, updated.Version + 1, matched);
        return await ReceiptStreams.SavedAsync(session, id, ct);
    }
}
