using Ledger.Domain.Decisions;
using Ledger.Domain.Reconciliation;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Domain.Close;

/// <summary>
/// Which months of a tenant are closed, folded from its <see cref="PeriodStreams.Periods"/> stream, and the one rule of the
/// close: an entry dated in a closed month is refused, or, when the tenant's policy says so
/// (<see cref="PostsIntoFirstOpen"/>), booked on the first day of the first open month after it. Pure, so every place that
/// posts or reverses asks the same question.
/// </summary>
public sealed record ClosedPeriods(IReadOnlyDictionary<string, PeriodClosed> Closed)
{
    /// <summary>The tenant's policy (<c>postIntoFirstOpenPeriod</c>): late entries move forward instead of being refused.</summary>
    public bool PostsIntoFirstOpen { get; init; }

    public static readonly ClosedPeriods None = new(new Dictionary<string, PeriodClosed>());
    static readonly LocalDatePattern MonthPattern = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM");

    public static ClosedPeriods From(IEnumerable<object> events) => events.Aggregate(None, (s, e) => s.Evolve(e));

    public ClosedPeriods Evolve(object e) => e switch
    {
        PeriodClosed c => this with { Closed = new Dictionary<string, PeriodClosed>(Closed) { [c.Period] = c } },
        PeriodReopened r => this with { Closed = Closed.Where(p => p.Key != r.Period).ToDictionary() },
        _ => this,
    };

    public static string PeriodOf(LocalDate date) => $"{date.Year:0000}-{date.Month:00}";

    /// <summary>"2024-04" as its first and last day; a clear error for anything else.</summary>
    public static (LocalDate From, LocalDate Through) Parse(string? period)
    {
        var parsed = MonthPattern.Parse(period?.Trim() ?? "");
        if (!parsed.Success) throw new DomainException($"period '{period}' is not a month written as yyyy-MM (e.g. 2024-04).");
        var from = parsed.Value;
        return (from, from.PlusMonths(1).PlusDays(-1));
    }

    public PeriodClosed? ClosedOn(LocalDate date) => Closed.GetValueOrDefault(PeriodOf(date));

    /// <summary>
    /// The events as they may be booked. An entry or reversal dated in a closed month is refused (409 naming the period) or,
    /// under the policy, dated on the first day of the first open month after it, recording the date it was due and why. An
    /// opening balance is a fact as of its date and is never moved.
    /// </summary>
    public IReadOnlyList<object> Place(IReadOnlyList<object> events)
    {
        var placed = !PostsIntoFirstOpen ? events : events.Select(e => e switch
        {
            JournalEntryPosted p when Moved(p.EntryDate) is { } m => p with { EntryDate = m.Date, MovedFrom = m.From },
            JournalEntryReversed r when Moved(r.EntryDate) is { } m => r with { EntryDate = m.Date, MovedFrom = m.From },
            _ => e,
        }).ToList();
        RequireOpen(placed);
        return placed;
    }

    /// <summary>The first day of the first month on or after <paramref name="date"/>'s that is not closed.</summary>
    public LocalDate FirstOpenOnOrAfter(LocalDate date)
    {
        var month = new LocalDate(date.Year, date.Month, 1);
        while (Closed.ContainsKey(PeriodOf(month))) month = month.PlusMonths(1);
        return month == new LocalDate(date.Year, date.Month, 1) ? date : month;
    }

    (LocalDate Date, MovedEntryDate From)? Moved(LocalDate due)
    {
        if (ClosedOn(due) is not { } closed) return null;
        var date = FirstOpenOnOrAfter(due);
        return (date, new MovedEntryDate(due, closed.Period,
            $"Period {closed.Period} is closed (by {closed.By}: {closed.Reason}); the tenant's policy books late entries into the first open period, {PeriodOf(date)}."));
    }

    /// <summary>Refuses events that would book into a closed month: postings, reversals, opening entries.</summary>
    public void RequireOpen(IEnumerable<object> events)
    {
        foreach (var e in events)
        {
            LocalDate? date = e switch
            {
                JournalEntryPosted p => p.EntryDate,
                JournalEntryReversed r => r.EntryDate,
                OpeningBalanceEntered o => o.AsOf,
                _ => null,
            };
            if (date is { } d && ClosedOn(d) is { } closed)
                throw new PeriodClosedException(closed.Period,
                    $"Period {closed.Period} is closed (by {closed.By}: {closed.Reason}); an entry dated {d:uuuu-MM-dd} cannot be posted or reversed into it. Reopen the period first.");
        }
    }
}
