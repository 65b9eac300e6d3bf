using System.Globalization;
using System.Text;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.DevFeeds;

/// <summary>
/// Expands bank-string templates the way card networks and banks print them: {n4} digits, {ref} a reference, {city} a
/// city and state, {st} a state, {mmdd} the date, {card} a masked card suffix; lines are cut at 32 or 40 characters.
/// </summary>
internal static class DevText
{
    private const string RefAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static readonly string[] Cities =
        ["PORTLAND OR", "BEAVERTON OR", "GRESHAM OR", "VANCOUVER WA", "TIGARD OR", "SALEM OR", "HILLSBORO OR", "LAKE OSWEGO OR", "DENVER CO", "CHICAGO IL", "AUSTIN TX"];
    private static readonly string[] States = ["OR", "WA", "CA", "CO", "TX", "IL"];

    public static string Expand(string template, LocalDate date, Random rng, int maxLength)
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
        return text.Length > maxLength ? text[..maxLength].TrimEnd() : text;
    }

    private static string Token(string name, LocalDate date, Random rng) => name switch
    {
        "mmdd" => date.ToString("MM/dd", CultureInfo.InvariantCulture),
        "city" => Cities[rng.Next(Cities.Length)],
        "st" => States[rng.Next(States.Length)],
        "card" => "XXXX" + rng.Next(1000, 9999).ToString(CultureInfo.InvariantCulture),
        "ref" => new string(Enumerable.Range(0, 10).Select(_ => RefAlphabet[rng.Next(RefAlphabet.Length)]).ToArray()),
        ['n', .. var digits] => new string(Enumerable.Range(0, int.Parse(digits, CultureInfo.InvariantCulture)).Select(_ => (char)('0' + rng.Next(10))).ToArray()),
        _ => throw new InvalidOperationException($"Unknown template token {{{name}}}."),
    };
}
