namespace Ledger.Api.Receipts;

/// <summary>
/// How large one receipt, one upload (a zip of many) and one batch may be: <c>Ledger:Receipts:MaxFileBytes</c> (10 MB),
/// <c>Ledger:Receipts:MaxUploadBytes</c> (50 MB, also the most a zip may unpack to), <c>Ledger:Receipts:MaxFiles</c> (500).
/// The upload limit stays under the request body limit the host sets for statement imports.
/// </summary>
public sealed record ReceiptLimits(long MaxFileBytes, long MaxUploadBytes, int MaxFiles)
{
    public static ReceiptLimits From(IConfiguration config) => new(
        config.GetValue("Ledger:Receipts:MaxFileBytes", 10L * 1024 * 1024),
        config.GetValue("Ledger:Receipts:MaxUploadBytes", 50L * 1024 * 1024),
        config.GetValue("Ledger:Receipts:MaxFiles", 500));
}
