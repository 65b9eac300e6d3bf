using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// Fills in the variable parts of a statement text: <c>{#4}</c> one of the payee's own store numbers (stable over
/// the year), <c>{d6}</c> fresh digits, <c>{a9}</c> fresh letters and digits (order and reference numbers),
/// <c>{dow}</c>, <c>{mon}</c>, <c>{mmdd}</c>, <c>{mm/dd}</c>, <c>{yymmdd}</c>, <c>{mm/dd/yy}</c> and <c>{hh}</c>
/// from the line's date.
/// </summary>
internal sealed partial class DescriptorTokens(Random random)
{
    private const string Alphanumerics = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private readonly Dictionary<(Payee, int), int[]> _stores = [];

    public string Expand(string template, Payee payee, LocalDate date) =>
        template.Contains('{') ? Token().Replace(template, m => Value(m.Groups[1].Value, payee, date)) : template;

    private string Value(string token, Payee payee, LocalDate date) => token switch
    {
        "dow" => date.DayOfWeek.ToString()[..3].ToUpperInvariant(),
        "mon" => date.ToString("MMM", CultureInfo.InvariantCulture).ToUpperInvariant(),
        "mmdd" => date.ToString("MMdd", CultureInfo.InvariantCulture),
        "mm/dd" => date.ToString("MM/dd", CultureInfo.InvariantCulture),
        "yymmdd" => date.ToString("yyMMdd", CultureInfo.InvariantCulture),
        "mm/dd/yy" => date.ToString("MM/dd/yy", CultureInfo.InvariantCulture),
        "hh" => $"{1 + random.Next(12)}{(random.Next(2) == 0 ? "AM" : "PM")}",
        _ when token[0] == '#' => Store(payee, int.Parse(token[1..], CultureInfo.InvariantCulture)),
        _ when token[0] == 'd' => Digits(int.Parse(token[1..], CultureInfo.InvariantCulture)),
        _ when token[0] == 'a' => Letters(int.Parse(token[1..], CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"unknown descriptor token {{{token}}}"),
    };

    private string Store(Payee payee, int width)
    {
        if (!_stores.TryGetValue((payee, width), out var pool))
        {
            // A business uses one to three branches of a chain, mostly the first.
            pool = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => random.Next((int)Math.Pow(10, width - 1), (int)Math.Pow(10, width))).ToArray();
            _stores[(payee, width)] = pool;
        }
        var pick = random.NextDouble() < 0.7 ? 0 : random.Next(pool.Length);
        return pool[pick].ToString(CultureInfo.InvariantCulture);
    }

    public string Digits(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => (char)('0' + random.Next(10))));

    public string Letters(int count) => string.Concat(Enumerable.Range(0, count).Select(_ => Alphanumerics[random.Next(Alphanumerics.Length)]));

    [GeneratedRegex(@"\{(#\d|d\d+|a\d+|dow|mon|mmdd|mm/dd|yymmdd|mm/dd/yy|hh)\}")]
    private static partial Regex Token();
}
