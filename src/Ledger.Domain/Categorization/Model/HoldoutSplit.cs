using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// A deterministic 80/20 split by hashing each row's content (plus how many identical rows came
/// before it, so repeated rent payments still spread over both sides). No RNG: the same labels
/// always give the same hold-out, on every node and every replay.
/// </summary>
internal static class HoldoutSplit
{
    public const int HoldoutPercent = 20;

    public static (List<LabelledTransaction> Train, List<LabelledTransaction> Holdout) Split(IReadOnlyList<LabelledTransaction> samples)
    {
        var train = new List<LabelledTransaction>();
        var holdout = new List<LabelledTransaction>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in samples)
        {
            var content = string.Join('\u001f', s.Description, s.Memo ?? "", s.Amount.ToString(CultureInfo.InvariantCulture), s.BankAccount, s.AccountCode);
            var occurrence = seen[content] = seen.GetValueOrDefault(content) + 1;
            (Bucket(content + "#" + occurrence) < HoldoutPercent ? holdout : train).Add(s);
        }
        return (train, holdout);
    }

    private static int Bucket(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return (int)(BitConverter.ToUInt32(hash[..4]) % 100);
    }
}
