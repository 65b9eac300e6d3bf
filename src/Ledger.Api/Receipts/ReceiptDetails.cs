using Ledger.Domain.Receipts;
using Ledger.Projections.Receipts;
using NodaTime;

namespace Ledger.Api.Receipts;

/// <summary>A receipt as the API shows it: the file (with its link), what was read or entered and how, and its match.</summary>
public sealed record ReceiptDetails(
    string Id, string Reference, string FileName, string MediaType, string Kind, long SizeBytes, string Sha256, int? SourceLine,
    string ReceivedBy, Instant ReceivedAt, string File, string Status, string? Merchant, LocalDate? Date, decimal? Total, decimal? Tax,
    string? Currency, ReceiptFacts Facts, string? Reader, string? MatchedTransactionId, double? MatchScore, IReadOnlyList<string> MatchReasons,
    string? MatchedBy, Instant? MatchedAt, IReadOnlyList<string> RejectedTransactionIds, int Version)
{
    public static ReceiptDetails From(Receipt doc) => From(doc.State, doc.Version);

    public static ReceiptDetails From(ReceiptState r, int version) => new(
        r.Id, ReceiptIds.Reference(r.Id), r.FileName, r.MediaType, r.Kind, r.SizeBytes, r.Sha256, r.SourceLine, r.ReceivedBy, r.ReceivedAt,
        FileLink(r.Id), StatusOf(r), r.Facts.Merchant?.Value, r.Facts.Date?.Value, r.Facts.Total?.Value, r.Facts.Tax?.Value,
        r.Facts.Currency?.Value, r.Facts, r.Reader, r.MatchedTransactionId, r.MatchScore, r.MatchReasons ?? [], r.MatchedBy, r.MatchedAt,
        r.Rejected, version);

    public static string FileLink(string id) => $"/api/receipts/{id}/file";

    /// <summary>matched; unmatched (readable, no line chosen yet); needs_fields (no total or date to match on: a person must enter them).</summary>
    public static string StatusOf(ReceiptState r) =>
        r.IsMatched ? "matched" : r.Facts.Total is null || r.Facts.Date is null ? "needs_fields" : "unmatched";
}
