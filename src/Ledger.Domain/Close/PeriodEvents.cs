using NodaTime;

namespace Ledger.Domain.Close;

/// <summary>
/// A month closed by an admin: nothing may be posted, reversed or recategorized into it until it is reopened. Carries the
/// trial balance through its last day (account → debit − credit) as it stood at the close, the figure the close protects.
/// </summary>
public sealed record PeriodClosed(string Period, LocalDate From, LocalDate Through, string Reason, IReadOnlyDictionary<string, decimal> Balances,
    string By, Instant At);

/// <summary>A closed month opened again: an explicit, recorded act with its reason.</summary>
public sealed record PeriodReopened(string Period, string Reason, string By, Instant At);

public static class PeriodStreams
{
    /// <summary>A tenant's closes and reopenings, one stream, so the set of closed months is one fold.</summary>
    public const string Periods = "periods";
}

/// <summary>An act that would change a closed month; the API answers 409 naming the period.</summary>
public sealed class PeriodClosedException(string period, string message) : DomainException(message)
{
    public string Period { get; } = period;
}
