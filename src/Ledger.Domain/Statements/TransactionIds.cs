using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Domain.Statements;

/// <summary>
/// Deterministic transaction stream ids, so importing the same or an overlapping file again finds what is already there.
/// The tenant is part of the key by construction: every stream is stored under (tenant id, stream id).
/// </summary>
public static class TransactionIds
{
    /// <summary>The bank's own id for the transaction.</summary>
    public static string ForFitId(string bankAccountCode, string fitId) => $"tx-{bankAccountCode}-f{Hash(fitId)[..20]}";

    /// <summary>A FITID the bank reused for a different transaction: kept apart by its content.</summary>
    public static string ForReusedFitId(string bankAccountCode, string fitId, string fingerprint) =>
        ForReusedFitId(ForFitId(bankAccountCode, fitId), fingerprint);

    /// <summary>The same id from the FITID's primary id: saves hashing the FITID twice per line on large imports.</summary>
    public static string ForReusedFitId(string primaryId, string fingerprint) => $"{primaryId}-{fingerprint}";

    /// <summary>No FITID: the content, plus the ordinal among identical rows (two identical coffees on one day are two purchases).</summary>
    public static string ForContent(string bankAccountCode, string fingerprint, int ordinal) => $"tx-{bankAccountCode}-c{fingerprint}-{ordinal}";

    public static string Fingerprint(StatementLine line)
    {
        var text = string.Join('|',
            line.PostedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            line.Amount.ToString("0.00##########", CultureInfo.InvariantCulture),
            Collapse(line.Payee),
            Collapse(line.Memo),
            line.CheckNumber ?? "");
        return Hash(text)[..16];
    }

    static string Collapse(string? s) => string.Join(' ', (s ?? "").ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    static string Hash(string s) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();
}
