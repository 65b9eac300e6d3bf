using System.Globalization;
using System.Text;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// Expands a bank-string template the way card processors mangle merchant names: {mmdd}, {yymmdd},
/// {n4} (4 random digits), {ref} (alphanumeric reference), {city}, {word} (a varying sub-merchant).
/// Strings are cut at 40 characters, as many bank feeds do.
/// </summary>
internal static class RawDescriptionTemplate
{
    private const int MaxLength = 40;
    private const string RefAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static readonly string[] Cities =
        ["SAN FRANCISCO CA", "SAN FRANCISC CA", "OAKLAND CA", "BERKELEY CA", "SAN JOSE CA", "PALO ALTO CA", "SEATTLE WA", "NEW YORK NY"];
    private static readonly string[] SubMerchants =
        ["SWEETGREEN", "THAI BASIL", "SUPER DUPER", "TACOLICIOUS", "PANDA EXPRESS", "POKE BAR", "HALAL GUYS", "SUSHI ZONE"];

    public static string Expand(string template, LocalDate date, Random rng)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{') { sb.Append(template[i]); continue; }
            var end = template.IndexOf('}', i);
            sb.Append(Token(template[(i + 1)..end], date, rng));
            i = end;
        }
        var text = sb.ToString();
        return text.Length > MaxLength ? text[..MaxLength].TrimEnd() : text;
    }

    private static string Token(string name, LocalDate date, Random rng) => name switch
    {
        "mmdd" => date.ToString("MMdd", CultureInfo.InvariantCulture),
        "yymmdd" => date.ToString("yyMMdd", CultureInfo.InvariantCulture),
        "ref" => new string(Enumerable.Range(0, 9).Select(_ => RefAlphabet[rng.Next(RefAlphabet.Length)]).ToArray()),
        "city" => Cities[rng.Next(Cities.Length)],
        "word" => SubMerchants[rng.Next(SubMerchants.Length)],
        ['n', .. var digits] => new string(Enumerable.Range(0, int.Parse(digits, CultureInfo.InvariantCulture)).Select(_ => (char)('0' + rng.Next(10))).ToArray()),
        _ => throw new InvalidOperationException($"Unknown template token {{{name}}}."),
    };
}
