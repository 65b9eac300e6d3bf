using System.Text;

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// The stored form of a tenant that has posted to one account only: p = 1 for that account.
/// A magic prefix tells it apart from an ML.NET zip (which starts with "PK").
/// </summary>
internal static class ConstantModel
{
    private static readonly byte[] Magic = Encoding.ASCII.GetBytes("LEDGER-CONSTANT-MODEL\n");

    public static byte[] Serialize(string account) => [.. Magic, .. Encoding.UTF8.GetBytes(account)];

    public static bool TryRead(byte[] bytes, out string account)
    {
        account = "";
        if (bytes.Length < Magic.Length || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return false;
        account = Encoding.UTF8.GetString(bytes, Magic.Length, bytes.Length - Magic.Length);
        return true;
    }
}
