using Ledger.Domain.Close;
using Marten;

namespace Ledger.Api.Close;

public static class ClosedPeriodsLoader
{
    /// <summary>The tenant's closed months, folded from the periods stream (a handful of events, read where an act needs them).</summary>
    public static async Task<ClosedPeriods> LoadAsync(IQuerySession session, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(PeriodStreams.Periods, token: ct);
        return ClosedPeriods.From(events.Select(e => e.Data));
    }
}
