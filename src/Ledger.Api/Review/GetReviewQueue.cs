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
    /// |amount|). countsByReason counts the filtered set before the
    /// reason filter, so the reviewer sees how many items each reason would show. PostgreSQL answers all of it from indexed
    /// columns (<see cref="ReviewQueueQuery"/>).
    /// </summary>
    [WolverineGet("/api/review/queue"), Authorize(Policy = Policies.Reader)]
    public static async Task<ReviewQueuePage> Get(IQuerySession session, string? bankAccount, string? from, string? to, decimal? minAmount,
        decimal? maxAmount, string? reason, string? vendor, double? minP, double? maxP, string? sort, string? dir, int? page, int? pageSize,
        bool? missingReceipt, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(1, page ?? 1);
        var (column, descending) = Sorted(sort, dir);
        var q = new ReviewQueueQuery(session.TenantId);
        if (!string.IsNullOrWhiteSpace(bankAccount)) q.Where("bank_account_code = @v", bankAccount);
        if (QueryValues.Date(from, nameof(from)) is { } f) q.Where("posted_on_day >= @v", f.ToDateOnly().DayNumber);
        if (QueryValues.Date(to, nameof(to)) is { } t) q.Where("posted_on_day <= @v", t.ToDateOnly().DayNumber);
        if (minAmount is { } min) q.Where("abs_amount >= @v", min);
        if (maxAmount is { } max) q.Where("abs_amount <= @v", max);
        if (!string.IsNullOrWhiteSpace(vendor)) q.Where("vendor_key = @v", vendor);
        if (minP is { } lo) q.Where("calibrated_p >= @v", lo);
        if (maxP is { } hi) q.Where("calibrated_p <= @v", hi);
        if (missingReceipt == true) await Ledger.Api.Receipts.ReceiptEvidence.MissingReceiptAsync(session, q, ct);
        var chosen = string.IsNullOrWhiteSpace(reason) ? null : reason;

        var (counts, total) = await q.CountAsync(session, chosen, ct);
        var items = await q.PageAsync(session, chosen, column, descending, (number - 1) * size, size, ct);
        var versions = await TransactionStates.VersionsAsync(session, items.Select(i => i.Id).ToArray(), ct);
        var receipts = await Ledger.Api.Receipts.ReceiptEvidence.ForTransactionsAsync(session, items.Select(i => i.Id).ToArray(), ct);
        var entries = items.Select(i => new ReviewQueueEntry(i.Id, versions.GetValueOrDefault(i.Id), i.BankAccountCode, i.PostedOn, i.Amount, i.Payee,
            i.VendorKey, i.ProposedAccountCode, i.CalibratedP, i.Source, i.Reasons, i.QueuedAt, receipts.GetValueOrDefault(i.Id))).ToList();
        return new ReviewQueuePage(entries, total, counts, number, size);
    }

    static (string Column, bool Descending) Sorted(string? sort, string? dir)
    {
        var desc = (dir?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "asc" => false,
            "desc" => true,
            _ => throw new DomainException($"dir must be asc or desc (got '{dir}')."),
        };
        return (sort?.Trim().ToLowerInvariant()) switch
        {
            null or "" or "date" => ("posted_on_day", desc),
            "amount" => ("abs_amount", desc),
            "p" => ("calibrated_p", desc),
            _ => throw new DomainException($"sort must be date, amount or p (got '{sort}')."),
        };
    }
}
