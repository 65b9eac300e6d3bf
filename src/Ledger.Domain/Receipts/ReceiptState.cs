using NodaTime;

namespace Ledger.Domain.Receipts;

/// <summary>
/// One receipt as its stream tells it: the file, what was read or entered, and the transaction it supports. The one fold of a
/// receipt stream (the inline Receipt document of the projections wraps it); the deciders in <see cref="ReceiptDecisions"/> read it.
/// </summary>
/// <param name="RejectedTransactionIds">Transactions a person unmatched from this receipt: automatic matching leaves them alone.</param>
public sealed record ReceiptState(
    string Id, string FileName, string MediaType, string Kind, long SizeBytes, string Sha256, string StoredAs, int? SourceLine,
    string ReceivedBy, Instant ReceivedAt, ReceiptFacts Facts, string? Reader = null, string? MatchedTransactionId = null,
    double? MatchScore = null, IReadOnlyList<string>? MatchReasons = null, string? MatchedBy = null, Instant? MatchedAt = null,
    IReadOnlyList<string>? RejectedTransactionIds = null)
{
    public bool IsMatched => MatchedTransactionId is not null;
    public IReadOnlyList<string> Rejected => RejectedTransactionIds ?? [];

    public static ReceiptState Start(ReceiptReceived e) =>
        new(e.ReceiptId, e.FileName, e.MediaType, e.Kind, e.SizeBytes, e.Sha256, e.StoredAs, e.SourceLine, e.ReceivedBy, e.At, ReceiptFacts.None);

    public ReceiptState Evolve(object e) => e switch
    {
        ReceiptRead r => this with { Facts = r.Facts, Reader = r.Reader },
        ReceiptFieldsEntered f => this with { Facts = Entered(Facts, f) },
        ReceiptMatched m => this with
        {
            MatchedTransactionId = m.TransactionId, MatchScore = m.Score, MatchReasons = m.Reasons, MatchedBy = m.MatchedBy, MatchedAt = m.At,
            RejectedTransactionIds = [.. Rejected.Where(t => t != m.TransactionId)],
        },
        ReceiptUnmatched u => this with
        {
            MatchedTransactionId = null, MatchScore = null, MatchReasons = null, MatchedBy = null, MatchedAt = null,
            RejectedTransactionIds = u.UnmatchedBy == Matchers.Auto || Rejected.Contains(u.TransactionId) ? RejectedTransactionIds : [.. Rejected, u.TransactionId],
        },
        _ => this,
    };

    static ReceiptFacts Entered(ReceiptFacts facts, ReceiptFieldsEntered e)
    {
        var how = $"entered by {e.EnteredBy}";
        FieldReading<T>? Value<T>(T? value, FieldReading<T>? read) where T : struct => value is { } v ? new(v, 1.0, how) : read;
        FieldReading<string>? Text(string? value, FieldReading<string>? read) => string.IsNullOrWhiteSpace(value) ? read : new(value.Trim(), 1.0, how);
        return facts with
        {
            Merchant = Text(e.Merchant, facts.Merchant), Date = Value(e.Date, facts.Date), Total = Value(e.Total, facts.Total),
            Tax = Value(e.Tax, facts.Tax), Currency = Text(e.Currency?.ToUpperInvariant(), facts.Currency),
        };
    }
}
