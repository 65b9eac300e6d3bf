using Ledger.Domain.Receipts.Matching;
using NodaTime;

namespace Ledger.Domain.Receipts;

/// <summary>What a receipt's stream records for each act; endpoints and handlers load, call one of these, and append.</summary>
public static class ReceiptDecisions
{
    /// <summary>An automatic match only for a receipt nobody matched yet, to a line nobody unmatched from it.</summary>
    public static ReceiptMatched? AutoMatch(ReceiptState receipt, MatchOutcome outcome, Instant now) =>
        receipt.IsMatched || outcome.Match is not { } m || receipt.Rejected.Contains(m.TransactionId)
            ? null
            : new ReceiptMatched(receipt.Id, m.TransactionId, m.Score, m.Reasons, Matchers.Auto, now);

    /// <summary>
    /// A reviewer's match stands even where the matcher sees no candidate (a receipt in another currency, a split payment):
    /// the matcher's reasons are kept beside the reviewer's name. Matching again to the same line records nothing.
    /// </summary>
    public static IReadOnlyList<object> ManualMatch(ReceiptState receipt, string transactionId, CandidateScore? score, string by, Instant now)
    {
        if (receipt.MatchedTransactionId == transactionId) return [];
        var reasons = new List<string> { $"matched by {by}" };
        reasons.AddRange(score?.Reasons ?? ["the matcher would not have proposed this line (amount, date or currency out of reach)"]);
        var events = new List<object>();
        if (receipt.MatchedTransactionId is { } previous)
            events.Add(new ReceiptUnmatched(receipt.Id, previous, by, $"re-matched to {transactionId}", now));
        events.Add(new ReceiptMatched(receipt.Id, transactionId, score?.Score ?? 0, reasons, by, now));
        return events;
    }

    public static ReceiptUnmatched Unmatch(ReceiptState receipt, string by, string? reason, Instant now) =>
        receipt.MatchedTransactionId is { } tx
            ? new ReceiptUnmatched(receipt.Id, tx, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now)
            : throw new DomainException($"Receipt {receipt.Id} is not matched to any transaction.");

    public static ReceiptFieldsEntered EnterFields(ReceiptState receipt, string? merchant, LocalDate? date, decimal? total, decimal? tax, string? currency,
        string by, Instant now)
    {
        if (total is <= 0) throw new FieldRefusedException("total", $"must be above 0 (got {total}).");
        if (tax is < 0) throw new FieldRefusedException("tax", $"cannot be negative (got {tax}).");
        if (tax is { } t && (total ?? receipt.Facts.Total?.Value) is { } all && t > all)
            throw new FieldRefusedException("tax", $"{t} is more than the total {all}.");
        if (currency is { } c && (c.Trim().Length != 3 || !c.Trim().All(char.IsAsciiLetter)))
            throw new FieldRefusedException("currency", $"must be a three-letter ISO code such as USD (got '{c}').");
        if (merchant is null && date is null && total is null && tax is null && currency is null)
            throw new DomainException("Send at least one of merchant, date, total, tax, currency.");
        return new ReceiptFieldsEntered(receipt.Id, merchant, date, total, tax, currency?.Trim().ToUpperInvariant(), by, now);
    }

    public static ReceiptPolicyChanged? ChangePolicy(decimal current, decimal requested, string by, string? reason, Instant now)
    {
        if (requested < 0) throw new FieldRefusedException("missingReceiptAbove", $"cannot be negative (got {requested}).");
        return requested == current ? null : new ReceiptPolicyChanged(requested, by, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
    }
}
