using System.Globalization;
using NodaTime;

namespace Ledger.Domain.Metrics;

/// <summary>
/// A metrics window of whole UTC days, From..To inclusive. "7d" means today and the 6 days before it, so the window
/// is made of exactly 7 MetricsDaily documents; it starts at From 00:00 UTC and ends at "now".
/// </summary>
public sealed record MetricsPeriod(string Label, LocalDate From, LocalDate To)
{
    public const int MaxDays = 366;

    public int Days => Period.DaysBetween(From, To) + 1;
    public Instant Start => From.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
    public Instant EndAt(Instant now) => Instant.Min(now, To.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
    public IEnumerable<LocalDate> Dates() => Enumerable.Range(0, Days).Select(From.PlusDays);

    /// <summary>"7d", "30d", "90d" (any 1..366 followed by d), ending today.</summary>
    public static MetricsPeriod Trailing(string period, Instant now)
    {
        var text = period.Trim().ToLowerInvariant();
        if (!text.EndsWith('d') || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxDays)
            throw new DomainException($"Period must look like 7d, 30d or 90d (1 to {MaxDays} days), got '{period}'.");
        var today = now.InUtc().Date;
        return new MetricsPeriod($"{n}d", today.PlusDays(1 - n), today);
    }

    public static MetricsPeriod Between(LocalDate from, LocalDate to)
    {
        if (to < from) throw new DomainException($"'to' ({to:yyyy-MM-dd}) is before 'from' ({from:yyyy-MM-dd}).");
        var p = new MetricsPeriod($"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}", from, to);
        return p.Days > MaxDays ? throw new DomainException($"A window is at most {MaxDays} days.") : p;
    }

    /// <summary>The window of the same length just before this one (for drift).</summary>
    public MetricsPeriod Previous() => new($"previous {Label}", From.PlusDays(-Days), From.PlusDays(-1));
}
