using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Close;

/// <summary>
/// A line dated in a closed month (a late statement) is never auto-posted into it: the decision's gates stand as recorded,
/// and the entry it would have posted becomes a review request with reason <see cref="Reason"/>, so a person reopens the
/// month or books it elsewhere.
/// </summary>
public static class AutopostHold
{
    public const string Reason = "period_closed";

    public static List<object> Apply(ClosedPeriods closed, TransactionImported t, List<object> events, Instant now)
    {
        if (events.Count == 0 || events[^1] is not JournalEntryPosted posted || closed.ClosedOn(posted.EntryDate) is null) return events;
        var proposal = events.OfType<CategoryProposed>().LastOrDefault();
        return
        [
            .. events.Take(events.Count - 1),
            new ReviewRequested(t.TransactionId, [Reason], t.BankAccountCode, t.PostedOn, t.Amount, t.Payee, proposal?.VendorKey ?? "",
                proposal?.AccountCode, proposal?.CalibratedP ?? 0, proposal?.Source ?? "", now),
        ];
    }
}
