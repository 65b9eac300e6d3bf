namespace Ledger.Domain.Tenants;

/// <summary>
/// The one currency a tenant's books are kept in (ISO 4217), chosen at onboarding. Multi-currency books are out of scope: a
/// statement in another currency is refused (<see cref="Statements.StatementCurrency"/>), never converted.
/// </summary>
public static class BooksCurrency
{
    /// <summary>What every tenant onboarded before the currency was recorded reads back: its exports always said USD.</summary>
    public const string Default = "USD";

    /// <summary>The code a person asked for, upper-cased; <see cref="Default"/> when none was given.</summary>
    /// <exception cref="FieldRefusedException">Not three letters A-Z.</exception>
    public static string Choose(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested)) return Default;
        var code = requested.Trim().ToUpperInvariant();
        if (!IsCode(code))
            throw new FieldRefusedException("booksCurrency", $"'{requested.Trim()}' is not an ISO 4217 currency code: three letters, like USD, CAD or EUR.");
        return code;
    }

    /// <summary>Three ASCII letters A-Z (upper case): the shape of an ISO 4217 code.</summary>
    public static bool IsCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);
}
