namespace Ledger.Domain.Receipts.Reading;

/// <summary>
/// One receipt a file yielded: what was read and by which reader. An expense-app export yields one per row, with the row's
/// line and text (its identity); every other file yields one, the file itself.
/// </summary>
public sealed record ReadReceipt(ReceiptFacts Facts, string Reader, IReadOnlyList<string> Notes, int? SourceLine = null, string? RowText = null);

/// <summary>A file's kind, media type and the receipts it holds.</summary>
public sealed record ReadFile(string Kind, string MediaType, IReadOnlyList<ReadReceipt> Receipts);

public static class FactsMerge
{
    /// <summary>Field by field, the reading its reader is surer of; on a tie the first.</summary>
    public static ReceiptFacts Best(ReceiptFacts a, ReceiptFacts b) => new(
        Pick(a.Merchant, b.Merchant), Pick(a.Date, b.Date), Pick(a.Total, b.Total), Pick(a.Tax, b.Tax), Pick(a.Currency, b.Currency),
        Pick(a.TipExpected, b.TipExpected));

    static FieldReading<T>? Pick<T>(FieldReading<T>? a, FieldReading<T>? b) =>
        a is null ? b : b is null ? a : b.Confidence > a.Confidence ? b : a;
}
