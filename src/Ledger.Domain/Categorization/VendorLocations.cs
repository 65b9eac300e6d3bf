namespace Ledger.Domain.Categorization;

/// <summary>
/// Trailing location noise: country and currency codes, "CITY ST" pairs, well-known cities and the
/// truncated city fragments card networks leave at the 22-character limit ("SAN FRANCIS", "SAN").
/// </summary>
internal static class VendorLocations
{
    private static readonly HashSet<string> CountriesAndCurrencies =
    [
        "US", "USA", "GB", "GBR", "SGBR", "UK", "IE", "IRL", "DE", "DEU", "FR", "FRA", "NL", "NLD", "AT", "AUT",
        "BE", "BEL", "ES", "ESP", "IT", "ITA", "CH", "CHE", "CAN", "AU", "AUS", "LND", "USD", "EUR", "GBP", "CAD", "AUD",
    ];

    private static readonly HashSet<string> StatesAndProvinces =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
        "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR",
        "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
        "AB", "BC", "MB", "NB", "NL", "NS", "ON", "PE", "QC", "SK",
    ];

    // First words of multi-word city names; left dangling when a city is truncated or split.
    private static readonly HashSet<string> CityLeadWords =
        ["SAN", "SANTA", "LOS", "LAS", "NEW", "ST", "SAINT", "FT", "FORT", "EL", "PALO", "SALT", "SOUTH", "NORTH", "WEST", "EAST", "MOUNT", "MT"];

    private static readonly HashSet<string> CityTailWords = ["CITY", "BEACH", "HILLS", "SPRINGS", "HEIGHTS", "FALLS", "VALLEY", "LAKE"];

    private static readonly string[][] KnownCities = new[]
    {
        "NEW YORK", "SAN FRANCISCO", "SAN FRANCISC", "SAN FRANCIS", "SAN FRAN", "SAN JOSE", "SAN DIEGO", "SAN MATEO",
        "LOS ANGELES", "LAS VEGAS", "SALT LAKE CITY", "PALO ALTO", "MOUNTAIN VIEW", "SEATTLE", "CHICAGO", "BOSTON",
        "ATLANTA", "AUSTIN", "DENVER", "PORTLAND", "OAKLAND", "BERKELEY", "BROOKLYN", "MIAMI", "DALLAS", "HOUSTON",
        "PHOENIX", "SPRINGFIELD", "ANYTOWN", "LONDON", "DUBLIN", "TORONTO", "VANCOUVER", "PARIS", "BERLIN",
        "AMSTERDAM", "HAMBURG", "VIENNA", "WIEN",
    }
    .Select(c => c.Split(' '))
    .OrderByDescending(c => c.Length)
    .ToArray();

    /// <param name="afterOneWord">Generation 6: also a state after a one-word name ("MPIX ID", "CHEVRON AZ").</param>
    public static void StripTrailing(List<string> tokens, bool afterOneWord = true)
    {
        while (tokens.Count > 1 && CountriesAndCurrencies.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
        if (afterOneWord && tokens.Count == 2 && StatesAndProvinces.Contains(tokens[1]))
        {
            tokens.RemoveAt(1);
            return;
        }

        // "SPRINGFIELD IL": state after at least a name and a city word.
        if (tokens.Count >= 3 && StatesAndProvinces.Contains(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
            if (!RemoveKnownCity(tokens))
            {
                var city = tokens[^1];
                tokens.RemoveAt(tokens.Count - 1);
                if (CityTailWords.Contains(city) && tokens.Count > 1) tokens.RemoveAt(tokens.Count - 1);
            }
            while (tokens.Count > 1 && CityLeadWords.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
            return;
        }

        RemoveKnownCity(tokens);
        RemoveGluedCity(tokens);
        while (tokens.Count > 1 && tokens[^1] is "SAN" or "SANTA" or "LOS" or "LAS") tokens.RemoveAt(tokens.Count - 1);
    }

    public static bool IsState(string token) => StatesAndProvinces.Contains(token);

    /// <summary>
    /// Generation 6: "WHCC 1095 ELK GROVE CA", "SHELL SERVICE 94173 LAKE OSWEGO OR": a store number after the name, then at
    /// most three words ending in a state, is where the name ends; cutting there keeps a two-word city (which the state rule
    /// would only half remove) out of the key. Works on the raw tokens, before the store number is dropped as noise.
    /// </summary>
    public static void CutAtStoreNumber(List<string> raw)
    {
        if (raw.Count < 3 || !StatesAndProvinces.Contains(raw[^1])) return;
        for (var i = Math.Max(1, raw.Count - 4); i < raw.Count - 1; i++)
        {
            if (raw[i].Length < 2 || !raw[i].All(char.IsAsciiDigit)) continue;
            if (raw.Skip(i + 1).Any(t => t.Any(char.IsAsciiDigit))) return;
            // "CHECKCARD 0619 WHCC SPARKS NV": a number right after the processor's words is a date, not a store.
            if (VendorPrefixes.Strip(raw[..i].Where((t, j) => !VendorNoise.IsNoiseToken(t, j)).ToList()).Count == 0) return;
            raw.RemoveRange(i, raw.Count - i);
            return;
        }
    }

    private static bool RemoveKnownCity(List<string> tokens)
    {
        foreach (var city in KnownCities)
        {
            if (tokens.Count <= city.Length) continue;
            var offset = tokens.Count - city.Length;
            if (!VendorPrefixes.WordsAt(tokens, offset, city)) continue;
            tokens.RemoveRange(offset, city.Length);
            return true;
        }
        return false;
    }

    // OFX NAME fields are cut at 32 characters with no space before the city: "TAKAHACHI RESTAURANTNEW YORK".
    private static void RemoveGluedCity(List<string> tokens)
    {
        if (tokens.Count < 2) return;
        foreach (var city in KnownCities.Where(c => c.Length == 2))
        {
            var glued = tokens[^2];
            if (tokens[^1] != city[1] || !glued.EndsWith(city[0], StringComparison.Ordinal) || glued.Length <= city[0].Length) continue;
            tokens.RemoveAt(tokens.Count - 1);
            tokens[^1] = glued[..^city[0].Length];
            return;
        }
    }
}
