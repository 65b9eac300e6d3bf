using NodaTime;

namespace Ledger.Domain.Receipts;

/// <summary>
/// One receipt as its stream tells it: the file, what was read or entered, and the transaction it supports. The only fold of
/// a receipt stream (kept as an inline snapshot); <see cref="DateDay"/> and <see cref="MatchedTransactionId"/> are the
/// columns queries filter on, since Marten LINQ cannot compare NodaTime values.
/// </summary>
public sealed class Receipt
{
    public string Id { get; set; } = "";
    public string FileName { get; set; } = "";
    public string MediaType { get; set; } = "";
    public string Kind { get; set; } = "";
    public long SizeBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public string StoredAs { get; set; } = "";
    public int? SourceLine { get; set; }
    public string ReceivedBy { get; set; } = "";
    public Instant ReceivedAt { get; set; }
    public ReceiptFacts Facts { get; set; } = ReceiptFacts.None;
    public string? Reader { get; set; }
    public int? DateDay { get; set; }
    public string? MatchedTransactionId { get; set; }
    public double? MatchScore { get; set; }
    public List<string> MatchReasons { get; set; } = [];
    public string? MatchedBy { get; set; }
    public Instant? MatchedAt { get; set; }
    /// <summary>Transactions a person unmatched from this receipt: automatic matching leaves them alone.</summary>
    public List<string> RejectedTransactionIds { get; set; } = [];
    public int Version { get; set; }

    public bool IsMatched => MatchedTransactionId is not null;

    public static Receipt Create(ReceiptReceived e) => new()
    {
        Id = e.ReceiptId, FileName = e.FileName, MediaType = e.MediaType, Kind = e.Kind, SizeBytes = e.SizeBytes, Sha256 = e.Sha256,
        StoredAs = e.StoredAs, SourceLine = e.SourceLine, ReceivedBy = e.ReceivedBy, ReceivedAt = e.At,
    };

    public void Apply(ReceiptRead e)
    {
        Facts = e.Facts;
        Reader = e.Reader;
        DateDay = e.Facts.Date?.Value.ToDateOnly().DayNumber;
    }

    public void Apply(ReceiptFieldsEntered e)
    {
        FieldReading<T>? Entered<T>(T? value, FieldReading<T>? read) where T : struct =>
            value is { } v ? new FieldReading<T>(v, 1.0, $"entered by {e.EnteredBy}") : read;
        FieldReading<string>? EnteredText(string? value, FieldReading<string>? read) =>
            string.IsNullOrWhiteSpace(value) ? read : new FieldReading<string>(value.Trim(), 1.0, $"entered by {e.EnteredBy}");
        Facts = Facts with
        {
            Merchant = EnteredText(e.Merchant, Facts.Merchant), Date = Entered(e.Date, Facts.Date), Total = Entered(e.Total, Facts.Total),
            Tax = Entered(e.Tax, Facts.Tax), Currency = EnteredText(e.Currency?.ToUpperInvariant(), Facts.Currency),
        };
        DateDay = Facts.Date?.Value.ToDateOnly().DayNumber;
    }

    public void Apply(ReceiptMatched e)
    {
        MatchedTransactionId = e.TransactionId; MatchScore = e.Score; MatchReasons = [.. e.Reasons]; MatchedBy = e.MatchedBy; MatchedAt = e.At;
        RejectedTransactionIds.Remove(e.TransactionId);
    }

    public void Apply(ReceiptUnmatched e)
    {
        MatchedTransactionId = null; MatchScore = null; MatchReasons = []; MatchedBy = null; MatchedAt = null;
        if (e.UnmatchedBy != Matchers.Auto && !RejectedTransactionIds.Contains(e.TransactionId)) RejectedTransactionIds.Add(e.TransactionId);
    }
}
