using Ledger.Domain;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Api;

/// <summary>Query-string values the endpoints take as text and parse here, so a bad value is a 400 that names it.</summary>
public static class QueryValues
{
    public static LocalDate? Date(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var parsed = LocalDatePattern.Iso.Parse(value.Trim());
        return parsed.Success ? parsed.Value : throw new DomainException($"Query parameter '{name}' must be a date like 2026-11-30 (got '{value}').");
    }

    /// <summary>
    /// An instant such as 2026-11-02T10:00:00Z (fractions of a second allowed). Taken as text because Wolverine cannot bind
    /// NodaTime types from the query string, and required: an "as of" without an instant has no meaning.
    /// </summary>
    public static Instant RequiredInstant(string? value, string name)
    {
        if (string.IsNullOrWhiteSpace(value)) throw new DomainException($"Query parameter '{name}' is required: an instant like 2026-11-02T10:00:00Z.");
        var text = value.Trim();
        var parsed = InstantPattern.General.Parse(text);
        if (!parsed.Success) parsed = InstantPattern.ExtendedIso.Parse(text);
        return parsed.Success ? parsed.Value : throw new DomainException($"Query parameter '{name}' must be an instant like 2026-11-02T10:00:00Z (got '{value}').");
    }
}
