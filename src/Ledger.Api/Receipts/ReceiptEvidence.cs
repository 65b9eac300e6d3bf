using Ledger.Domain.Receipts;
using Ledger.Projections.Receipts;
using Ledger.Projections.Review;
using Marten;
using NodaTime;

namespace Ledger.Api.Receipts;

/// <summary>The receipt behind a transaction, as the explain view, the review queue and the decision trace show it.</summary>
public sealed record ReceiptEvidence(string ReceiptId, string Reference, string File, string FileName, string? Merchant, LocalDate? Date,
    decimal? Total, decimal? Tax, string? Currency, double? Score, IReadOnlyList<string> Reasons, string? MatchedBy)
{
    public static ReceiptEvidence Of(ReceiptState r) => new(r.Id, ReceiptIds.Reference(r.Id), ReceiptDetails.FileLink(r.Id), r.FileName,
        r.Facts.Merchant?.Value, r.Facts.Date?.Value, r.Facts.Total?.Value, r.Facts.Tax?.Value, r.Facts.Currency?.Value, r.MatchScore,
        r.MatchReasons ?? [], r.MatchedBy);

    /// <summary>The matched receipt of each of these transactions that has one (one indexed query).</summary>
    public static async Task<IReadOnlyDictionary<string, ReceiptEvidence>> ForTransactionsAsync(IQuerySession session, string[] transactionIds, CancellationToken ct)
    {
        if (transactionIds.Length == 0) return new Dictionary<string, ReceiptEvidence>();
        var receipts = await session.Query<Receipt>().Where(r => r.MatchedTransactionId!.IsOneOf(transactionIds)).ToListAsync(ct);
        return receipts.GroupBy(r => r.MatchedTransactionId!).ToDictionary(g => g.Key, g => Of(g.OrderBy(r => r.Id, StringComparer.Ordinal).First().State));
    }

    /// <summary>The queue's "missing receipt" filter: money out of at least the tenant's policy amount, and no receipt matched.</summary>
    public static async Task MissingReceiptAsync(IQuerySession session, Ledger.Api.Review.ReviewQueueQuery q, CancellationToken ct)
    {
        var above = (await ReceiptPolicyEndpoints.LoadAsync(session, ct)).MissingReceiptAbove;
        var supported = (await session.Query<Receipt>().Where(r => r.MatchedTransactionId != null).Select(r => r.MatchedTransactionId!).ToListAsync(ct)).ToArray();
        q.Where("amount < 0 and abs_amount >= @v", above);
        if (supported.Length > 0) q.Where("not (id = any(@v))", supported);
    }
}
