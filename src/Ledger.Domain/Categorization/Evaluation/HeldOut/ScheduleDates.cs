using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>The dates a payee's lines post on in one year.</summary>
internal static class ScheduleDates
{
    public static IEnumerable<LocalDate> For(Payee payee, TenantProfile tenant, int year, Random random)
    {
        // Bank-initiated lines (ACH, checks, deposits, the bank's own) post on business days only.
        var businessDays = payee.Channel is not (Channel.Card or Channel.Debit);
        foreach (var date in Raw(payee, tenant, year, random))
        {
            var posted = businessDays ? NextBusinessDay(date) : date;
            if (posted.Year == year && posted.Month >= payee.FromMonth && posted.Month <= payee.ToMonth) yield return posted;
        }
    }

    private static IEnumerable<LocalDate> Raw(Payee payee, TenantProfile tenant, int year, Random random)
    {
        switch (payee.Schedule)
        {
            case Schedule.PerMonth(var mean):
                for (var month = payee.FromMonth; month <= payee.ToMonth; month++)
                {
                    var expected = mean * (payee.Seasonal ? tenant.Season[month - 1] : 1.0);
                    for (var i = Poisson(expected, random); i > 0; i--) yield return RandomDay(year, month, tenant, random);
                }
                break;
            case Schedule.MonthlyOn(var day):
                for (var month = 1; month <= 12; month++)
                    yield return new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));
                break;
            case Schedule.Weekly(var weekday, var weeks):
                // Runs every N weeks from the first such weekday of the year, so a processor's debits fall together.
                var first = new LocalDate(year, 1, 1).With(DateAdjusters.NextOrSame(weekday));
                for (var d = first; d.Year == year; d = d.PlusWeeks(weeks)) yield return d;
                break;
            case Schedule.OnDays(var days):
                foreach (var (month, day) in days) yield return new LocalDate(year, month, day);
                break;
        }
    }

    private static LocalDate RandomDay(int year, int month, TenantProfile tenant, Random random)
    {
        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        var date = new LocalDate(year, month, 1 + random.Next(days));
        // Most businesses buy on weekdays; a weekend draw is kept only now and then unless the tenant trades weekends.
        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        return weekend && !tenant.OpenWeekends && random.NextDouble() < 0.7 ? new LocalDate(year, month, 1 + random.Next(days)) : date;
    }

    public static LocalDate NextBusinessDay(LocalDate date) => date.DayOfWeek switch
    {
        IsoDayOfWeek.Saturday => date.PlusDays(2),
        IsoDayOfWeek.Sunday => date.PlusDays(1),
        _ => date,
    };

    private static int Poisson(double mean, Random random)
    {
        if (mean <= 0) return 0;
        // Knuth's method is exact and fast enough for the small monthly means used here.
        var limit = Math.Exp(-mean);
        var product = random.NextDouble();
        var count = 0;
        while (product > limit) { count++; product *= random.NextDouble(); }
        return count;
    }
}
