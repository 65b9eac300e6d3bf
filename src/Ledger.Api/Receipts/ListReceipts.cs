using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Projections.Receipts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Receipts;

public sealed record ReceiptPage(IReadOnlyList<ReceiptDetails> Items, int Total, int Page, int PageSize);

public static class ListReceiptsEndpoint
{
    /// <summary>The tenant's receipts, newest first; <c>status=matched|unmatched</c> filters.</summary>
    [WolverineGet("/api/receipts"), Authorize(Policy = Policies.Reader)]
    public static async Task<ReceiptPage> Get(IQuerySession session, string? status, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        var number = Math.Max(1, page ?? 1);
        IQueryable<Receipt> q = session.Query<Receipt>();
        q = (status?.Trim().ToLowerInvariant()) switch
        {
            null or "" => q,
            "matched" => q.Where(r => r.MatchedTransactionId != null),
            "unmatched" => q.Where(r => r.MatchedTransactionId == null),
            _ => throw new FieldRefusedException("status", $"must be matched or unmatched (got '{status}')."),
        };
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(r => r.DateDay).ThenBy(r => r.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new ReceiptPage(items.Select(ReceiptDetails.From).ToList(), total, number, size);
    }
}

public static class GetReceiptEndpoint
{
    [WolverineGet("/api/receipts/{id}"), Authorize(Policy = Policies.Reader)]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<Receipt>(id, ct) is { } r ? Results.Ok(ReceiptDetails.From(r)) : ReceiptProblems.NotFound(id);
}

public static class GetReceiptFileEndpoint
{
    /// <summary>The receipt's file exactly as it was sent (for a row of an expense export, the whole export).</summary>
    [WolverineGet("/api/receipts/{id}/file"), Authorize(Policy = Policies.Reader)]
    public static async Task<IResult> Get(string id, IQuerySession session, CancellationToken ct)
    {
        if (await session.LoadAsync<Receipt>(id, ct) is not { } r) return ReceiptProblems.NotFound(id);
        var file = await session.LoadAsync<ReceiptFile>(r.State.StoredAs, ct);
        return file is null ? ReceiptProblems.NotFound(id) : Results.File(file.Content, file.MediaType, Path.GetFileName(file.FileName));
    }
}
