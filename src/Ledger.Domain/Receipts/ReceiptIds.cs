using System.Security.Cryptography;
using System.Text;

namespace Ledger.Domain.Receipts;

/// <summary>
/// A receipt's stream id comes from its content, so the same receipt sent twice is one receipt. With conjoined tenancy the
/// stream key is (tenant, id): two tenants holding the same file hold two receipts that never meet.
/// </summary>
public static class ReceiptIds
{
    public const string Prefix = "rcpt-";
    public const string PolicyStream = "receipt-policy";

    public static string Sha256(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>A whole file (PDF, e-mail, image): the id is its SHA-256 (128 bits of it).</summary>
    public static string ForFile(string sha256) => Prefix + sha256[..32];

    /// <summary>One row of an expense-app export: the row's text and its ordinal among identical rows of the file.</summary>
    public static string ForRow(string rowText, int twin) => ForFile(Sha256(Encoding.UTF8.GetBytes($"{rowText.Trim()}\n#{twin}")));

    /// <summary>What the QBO memo and the reviewer see: short, stable, unique enough within one tenant's receipts.</summary>
    public static string Reference(string receiptId) => "RCPT-" + receiptId[Prefix.Length..][..10].ToUpperInvariant();
}
