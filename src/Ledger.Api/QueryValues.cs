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
}
