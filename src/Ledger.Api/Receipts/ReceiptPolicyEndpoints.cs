using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Receipts;
using Ledger.Projections.Receipts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Receipts;

public sealed record ChangeReceiptPolicy(decimal MissingReceiptAbove, string? Reason);

public sealed record ReceiptPolicyView(decimal MissingReceiptAbove, string? ChangedBy, int Version);

public static class ReceiptPolicyEndpoints
{
    public static async Task<ReceiptPolicy> LoadAsync(IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<ReceiptPolicy>(ReceiptIds.PolicyStream, ct) ?? new ReceiptPolicy();

    [WolverineGet("/api/receipts/policy"), Authorize(Policy = Policies.Reader)]
    public static async Task<ReceiptPolicyView> Get(IQuerySession session, CancellationToken ct) => View(await LoadAsync(session, ct));

    /// <summary>The amount from which an expense without a receipt shows in the queue's missing-receipt filter; recorded with who and why.</summary>
    [WolverinePut("/api/receipts/policy"), Authorize(Policy = Policies.Admin)]
    public static async Task<ReceiptPolicyView> Put(ChangeReceiptPolicy cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var current = await LoadAsync(session, ct);
        if (ReceiptDecisions.ChangePolicy(current.MissingReceiptAbove, cmd.MissingReceiptAbove, user.UserName(), cmd.Reason, clock.GetCurrentInstant()) is not { } changed)
            return View(current);
        if (current.Version == 0) session.Events.StartStream<ReceiptPolicy>(ReceiptIds.PolicyStream, changed);
        else session.Events.Append(ReceiptIds.PolicyStream, current.Version + 1, changed);
        await session.SaveChangesAsync(ct);
        return View(await LoadAsync(session, ct));
    }

    static ReceiptPolicyView View(ReceiptPolicy p) => new(p.MissingReceiptAbove, p.ChangedBy, p.Version);
}
