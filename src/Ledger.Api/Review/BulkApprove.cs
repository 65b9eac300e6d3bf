using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Review;
using Ledger.Projections.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

/// <summary>Approve many proposals at once: the listed items at the versions the reviewer saw, or every queued item of one vendor.</summary>
public sealed record BulkApprove(IReadOnlyList<BulkApproveItem>? Items, string? Vendor);

public sealed record BulkApproveItem(string Id, int Version);

public sealed record BulkApproveResult(int Approved, IReadOnlyList<ReviewActResult> Items);

public static class BulkApproveEndpoint
{
    const int MaxItems = 500;

    /// <summary>All or none: one stale version or one item that cannot be approved and nothing of the request is recorded.</summary>
    [WolverinePost("/api/review/bulk-approve"), Authorize(Policy = Policies.Reviewer)]
    public static Task<IResult> Post(BulkApprove cmd, HttpRequest request, IDocumentSession session, IDocumentStore store,
        ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        if ((cmd.Items is { Count: > 0 }) == !string.IsNullOrWhiteSpace(cmd.Vendor))
            throw new DomainException("Send either items [{id, version}] or vendor, not both and not neither.");
        return ReviewActs.RunAsync(request, session, store, user, clock, async review =>
        {
            var items = cmd.Items is { Count: > 0 } ? cmd.Items : await QueuedOfVendorAsync(session, cmd.Vendor!.Trim(), ct);
            if (items.Count == 0) throw new DomainException($"No queued items for vendor '{cmd.Vendor}'.");
            if (items.Count > MaxItems) throw new DomainException($"At most {MaxItems} items per bulk approval (got {items.Count}).");
            if (items.Select(i => i.Id).Distinct().Count() != items.Count) throw new DomainException("An item is listed twice.");
            var results = new List<ReviewActResult>();
            foreach (var item in items)
            {
                var done = await review.ActAsync(item.Id, item.Version, new ReviewCommand.Approve(), ct);
                if (done is null) return null;   // unknown id: 404 naming it, nothing saved
                results.Add(done);
            }
            return new BulkApproveResult(results.Count, results);
        }, ct);
    }

    // "At their current versions": the reviewer approves what the queue holds now; anything changed after this read still gets a 409.
    static async Task<IReadOnlyList<BulkApproveItem>> QueuedOfVendorAsync(IDocumentSession session, string vendor, CancellationToken ct)
    {
        var ids = (await session.Query<ReviewQueueItem>().Where(x => x.VendorKey == vendor).Select(x => x.Id).ToListAsync(ct)).ToArray();
        var versions = await TransactionStates.VersionsAsync(session, ids, ct);
        return ids.Select(id => new BulkApproveItem(id, versions[id])).ToList();
    }
}
