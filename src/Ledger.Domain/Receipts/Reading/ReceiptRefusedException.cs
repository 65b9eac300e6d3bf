namespace Ledger.Domain.Receipts.Reading;

/// <summary>A receipt file refused whole: which file, which field (or row) and why. <see cref="TooLarge"/> answers 413.</summary>
public sealed class ReceiptRefusedException(string file, string field, string message, bool tooLarge = false, int? line = null)
    : DomainException($"{file}{(line is null ? "" : $" line {line}")}: {field}: {message}")
{
    public string File { get; } = file;
    public string Field { get; } = field;
    public string Reason { get; } = message;
    public bool TooLarge { get; } = tooLarge;
    public int? Line { get; } = line;
}
