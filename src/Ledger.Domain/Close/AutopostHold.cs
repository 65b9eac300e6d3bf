using NodaTime;

namespace Ledger.Domain.Close;

/// <summary>
/// A line dated in a closed month (a late statement) is never auto-posted into it: the decision's gates stand as recorded,
/// and the entry it would have posted becomes a review request with reason <see cref="Reason"/>, so a person reopens the
/// month or books it elsewhere (<see cref="Decisions.TransactionDecider"/>). Under the tenant's policy to post into the first
/// open period (<see cref="ClosedPeriods.PostsIntoFirstOpen"/>) nothing is held: the entry is posted there instead.
/// </summary>
public static class AutopostHold
{
    public const string Reason = "period_closed";

    public static bool Holds(ClosedPeriods closed, LocalDate entryDate) => closed.ClosedOn(entryDate) is not null && !closed.PostsIntoFirstOpen;
}
