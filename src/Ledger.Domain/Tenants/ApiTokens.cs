using System.Security.Cryptography;
using System.Text;

namespace Ledger.Domain.Tenants;

public static class ApiTokens
{
    /// <summary>A new bearer token: "sk_" and 43 url-safe characters (256 random bits).</summary>
    public static string NewToken()
    {
        var bytes = RandomNumberGenerator.GetBytes(32);
        return "sk_" + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Tokens are stored only as this hash, so a database leak does not leak working tokens.</summary>
    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token))).ToLowerInvariant();

    public static bool LooksLikeToken(string? value) => value is { Length: > 10 and < 200 } && value.StartsWith("sk_", StringComparison.Ordinal);
}
