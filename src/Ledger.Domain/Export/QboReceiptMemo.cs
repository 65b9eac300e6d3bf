namespace Ledger.Domain.Export;

/// <summary>An exported entry names the receipt that supports it, so the books in QuickBooks lead back to the evidence.</summary>
public static class QboReceiptMemo
{
    public static string With(string memo, string? receiptReference) =>
        receiptReference is null ? memo : $"{memo} | receipt {receiptReference}";
}
