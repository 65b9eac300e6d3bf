using System.Security.Cryptography;
using System.Text;

namespace Ledger.Domain.Tenants;

public static class TenantIds
{
    /// <summary>
    /// "Beta Accounting Inc" → "beta-accounting-inc-3170a4": readable in logs and URLs, and the random suffix keeps two
    /// clients with the same name apart.
    /// </summary>
    public static string FromName(string name, RandomNumberGenerator? random = null)
    {
        var slug = Slug(name);
        if (slug.Length == 0)
            throw new DomainException("Tenant name must contain at least one letter or digit.");
        Span<byte> suffix = stackalloc byte[3];
        (random ?? RandomNumberGenerator.Create()).GetBytes(suffix);
        return $"{slug}-{Convert.ToHexString(suffix).ToLowerInvariant()}";
    }

    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(ch)) sb.Append(char.ToLowerInvariant(ch));
            else if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
    }
}
