using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Projections.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Review;

/// <summary>One queued transaction with the stream version a reviewer sends back when acting on it.</summary>
public sealed record ReviewQueueEntry(string TransactionId, int Version, string BankAccountCode, LocalDate PostedOn, decimal Amount, string Payee,
    string VendorKey, string? ProposedAccountCode, double CalibratedP, string Source, IReadOnlyList<string> Reasons, Instant QueuedAt,
    Ledger.Api.Receipts.ReceiptEvidence? Receipt = null);

public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueEntry> Items, int Total, IReadOnlyDictionary<string, int> CountsByReason, int Page, int PageSize);

public static class GetReviewQueueEndpoint
{
    /// <summary>
    /// The reviewer's queue, filtered, sorted and paged. Dates and amounts filter on stored helper columns (day number,
    /// |amount|) because Marten LINQ cannot compare NodaTime values. countsByReason counts the filtered set before the
    /// reason filter, so the reviewer sees how many items each reason would show.
    /// </summary>
    [WolverineGet("/api/review/queue"), Authorize(Policy = Policies.Reader)]
    public static async Task<ReviewQueuePage> Get(IQuerySession session, string? bankAccount, string? from, string? to, decimal? minAmount,
        decimal? maxAmount, string? reason, string? vendor, double? minP, double? maxP, string? sort, string? dir, int? page, int? pageSize,
        bool? missingReceipt, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(1, page ?? 1);
        IQueryable<ReviewQueueItem> q = session.Query<ReviewQueueItem>();
        if (!string.IsNullOrWhiteSpace(bankAccount)) q = q.Where(x => x.BankAccountCode == bankAccount);
        if (QueryValues.Date(from, nameof(from)) is { } f) { var day = f.ToDateOnly().DayNumber; q = q.Where(x => x.PostedOnDay >= day); }
        if (QueryValues.Date(to, nameof(to)) is { } t) { var day = t.ToDateOnly().DayNumber; q = q.Where(x => x.PostedOnDay <= day); }
        if (minAmount is { } min) q = q.Where(x => x.AbsAmount >= min);
        if (maxAmount is { } max) q = q.Where(x => x.AbsAmount <= max);
        if (!string.IsNullOrWhiteSpace(vendor)) q = q.Where(x => x.VendorKey == vendor);
        if (minP is { } lo) q = q.Where(x => x.CalibratedP >= lo);
        if (maxP is { } hi) q = q.Where(x => x.CalibratedP <= hi);
        if (missingReceipt == true) q = await Ledger.Api.Receipts.ReceiptEvidence.MissingReceiptAsync(session, q, ct);

        var reasonLists = await q.Select(x => x.Reasons).ToListAsync(ct);
        var counts = reasonLists.SelectMany(r => r).GroupBy(r => r).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        if (!string.IsNullOrWhiteSpace(reason)) q = q.Where(x => x.Reasons.Contains(reason));

        var total = await q.CountAsync(ct);
        var items = await Sorted(q, sort, dir).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        var versions = await TransactionStates.VersionsAsync(session, items.Select(i => i.Id).ToArray(), ct);
        var receipts = await Ledger.Api.Receipts.ReceiptEvidence.ForTransactionsAsync(session, items.Select(i => i.Id).ToArray(), ct);
        var entries = items.Select(i => new ReviewQueueEntry(i.Id, versions.GetValueOrDefault(i.Id), i.BankAccountCode, i.PostedOn, i.Amount, i.Payee,
            i.VendorKey, i.ProposedAccountCode, i.CalibratedP, i.Source, i.Reasons, i.QueuedAt, receipts.GetValueOrDefault(i.Id))).ToList();
        return new ReviewQueuePage(entries, total, counts, number, size);
    }

    // The id breaks ties so pages never overlap or skip an item between requests.
    static IQueryable<ReviewQueueItem> Sorted(IQueryable<ReviewQueueItem> q, string? sort, string? dir)
    {
        var desc = (dir?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "asc" => false,
            "desc" => true,
            _ => throw new DomainException($"dir must be asc or desc (got '{dir}')."),
        };
        return (sort?.Trim().ToLowerInvariant(), desc) switch
        {
            (null or "" or "date", false) => q.OrderBy(x => x.PostedOnDay).ThenBy(x => x.Id),
            (null or "" or "date", true) => q.OrderByDescending(x => x.PostedOnDay).ThenBy(x => x.Id),
            ("amount", false) => q.OrderBy(x => x.AbsAmount).ThenBy(x => x.Id),
            ("amount", true) => q.OrderByDescending(x => x.AbsAmount).ThenBy(x => x.Id),
            ("p", false) => q.OrderBy(x => x.CalibratedP).ThenBy(x => x.Id),
            ("p", true) => q.OrderByDescending(x => x.CalibratedP).ThenBy(x => x.Id),
            _ => throw new DomainException($"sort must be date, amount or p (got '{sort}')."),
        };
    }
}
