using NodaTime;

namespace Ledger.Domain.Receipts;

// Everything that happens to one receipt, in the receipt's own stream (id from its content, see ReceiptIds).

/// <summary>A field read off a receipt, how sure the reader is of it (0..1) and how it was found ("line 'TOTAL 48.50'").</summary>
public sealed record FieldReading<T>(T Value, double Confidence, string How);

/// <summary>What a receipt says. Null = not found. <paramref name="TipExpected"/>: a restaurant or service where a tip may be added.</summary>
public sealed record ReceiptFacts(
    FieldReading<string>? Merchant = null,
    FieldReading<LocalDate>? Date = null,
    FieldReading<decimal>? Total = null,
    FieldReading<decimal>? Tax = null,
    FieldReading<string>? Currency = null,
    FieldReading<bool>? TipExpected = null)
{
    public static readonly ReceiptFacts None = new();
}

/// <summary>
/// A receipt file taken in. <paramref name="StoredAs"/> is the id of the ReceiptFile document holding its bytes (the SHA-256
/// of the file); <paramref name="SourceLine"/> is the row of an expense-app export when one file holds many receipts.
/// </summary>
public sealed record ReceiptReceived(
    string ReceiptId,
    string FileName,
    string MediaType,
    string Kind,
    long SizeBytes,
    string Sha256,
    string StoredAs,
    int? SourceLine,
    string ReceivedBy,
    string Via,
    Instant At);

/// <summary>What a reader extracted from the receipt, each field with its confidence and how it was found.</summary>
public sealed record ReceiptRead(string ReceiptId, ReceiptFacts Facts, string Reader, IReadOnlyList<string> Notes, Instant At);

/// <summary>A person typed (or corrected) fields a reader could not get, e.g. the total of a photographed receipt.</summary>
public sealed record ReceiptFieldsEntered(
    string ReceiptId, string? Merchant, LocalDate? Date, decimal? Total, decimal? Tax, string? Currency, string EnteredBy, Instant At);

/// <summary>The receipt supports this bank or card transaction. <paramref name="MatchedBy"/> is "auto" or the reviewer.</summary>
public sealed record ReceiptMatched(string ReceiptId, string TransactionId, double Score, IReadOnlyList<string> Reasons, string MatchedBy, Instant At);

/// <summary>The match was undone; a transaction a person unmatched is never matched to this receipt again automatically.</summary>
public sealed record ReceiptUnmatched(string ReceiptId, string TransactionId, string UnmatchedBy, string? Reason, Instant At);

/// <summary>
/// A tenant's receipt policy, in its own stream: expenses of at least <paramref name="MissingReceiptAbove"/> (absolute amount)
/// without a matched receipt are what the review queue's missing-receipt filter shows.
/// </summary>
public sealed record ReceiptPolicyChanged(decimal MissingReceiptAbove, string ChangedBy, string? Reason, Instant At);

public static class ReceiptKinds
{
    public const string Pdf = "pdf";
    public const string Email = "email";
    public const string Image = "image";
    public const string ExpenseExport = "expense_export";
}

public static class Matchers
{
    public const string Auto = "auto";
}
