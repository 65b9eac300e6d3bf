using System.Security.Cryptography;
using System.Text;

namespace Ledger.Domain.Categorization.Knowledge;

/// <summary>
/// The account a kind lands on in one tenant's chart, and why (<paramref name="Basis"/>: the template's map, or the
/// name words that matched). <paramref name="Confidence"/> scales the knowledge entry's prior: a template's own map or a
/// kind's first name words are sure; a fallback word ("supply" for office supplies) is less so.
/// </summary>
public sealed record KindAccount(string Kind, string AccountCode, string AccountName, string Basis, double Confidence);

/// <summary>A tenant's kinds → accounts. Kinds its chart has no account for are absent: the knowledge base then stays silent.</summary>
public sealed record KindMap(IReadOnlyList<KindAccount> Accounts)
{
    public static KindMap Empty { get; } = new([]);

    public KindAccount? For(string kind) => Accounts.FirstOrDefault(a => a.Kind == kind);

    /// <summary>Content address of the mapping, shown with it so an admin can tell two mappings apart.</summary>
    public string Version => "k-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        string.Join('\n', Accounts.Select(a => $"{a.Kind}={a.AccountCode}")))))[..12];
}
