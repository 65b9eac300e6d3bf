using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>When a payee's lines fall in the year.</summary>
public abstract record Schedule
{
    /// <summary>A random number of lines a month around <paramref name="Mean"/> (Poisson), on random days.</summary>
    public sealed record PerMonth(double Mean) : Schedule;

    /// <summary>One line a month on this day (the last day for shorter months).</summary>
    public sealed record MonthlyOn(int Day) : Schedule;

    /// <summary>Every <paramref name="Weeks"/> weeks on this weekday (payroll runs).</summary>
    public sealed record Weekly(IsoDayOfWeek Day, int Weeks) : Schedule;

    /// <summary>Fixed dates: quarterly estimates, annual renewals.</summary>
    public sealed record OnDays((int Month, int Day)[] Days) : Schedule;
}
