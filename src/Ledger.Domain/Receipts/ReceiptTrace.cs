using System.Globalization;

namespace Ledger.Domain.Receipts;

/// <summary>
/// A proposal made while a receipt already supported its transaction records what the receipt says as the trace's last line.
/// It is evidence beside the cascade, not a step of it, so recomputing a proposal leaves it out (like the LLM's answer).
/// </summary>
public static class ReceiptTrace
{
    public const string Prefix = "receipt ";

    public static string Line(string receiptId, string? merchant, decimal? total, decimal? tax, string? matchedBy) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{ReceiptIds.Reference(receiptId)}: merchant '{merchant ?? "?"}'" +
            $"{(total is { } t ? $", total {t:0.00}" : "")}{(tax is { } x ? $", tax {x:0.00}" : "")}, matched by {matchedBy ?? "?"}");

    public static bool IsReceiptLine(string line) => line.StartsWith(Prefix, StringComparison.Ordinal);
}
