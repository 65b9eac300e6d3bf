using Ledger.Api.Auth;
using Ledger.Domain.Decisions;
using Ledger.Domain.Metrics;
using Ledger.Domain.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Metrics;

public sealed record SlipsResponse(string Period, LocalDate From, LocalDate To, int Suspected, int Open, IReadOnlyList<SlipWeek> Weeks);

public static class GetSlipsEndpoint
{
    /// <summary>Suspected reviewer slips per reviewer and week of the period (by when they were answered), with what became of them.</summary>
    [WolverineGet("/api/metrics/slips"), Authorize(Policy = Policies.Reader)]
    public static async Task<SlipsResponse> Get(string? period, IQuerySession session, IClock clock, CancellationToken ct)
    {
        var p = MetricsPeriod.Trailing(period ?? "30d", clock.GetCurrentInstant());
        var (from, to) = (p.Start, p.EndAt(clock.GetCurrentInstant()));
        var slips = (await session.Events.QueryRawEventDataOnly<SlipSuspected>().ToListAsync(ct)).Where(s => s.At >= from && s.At <= to).ToList();
        var ids = slips.Select(s => s.TransactionId).ToHashSet();
        var confirmed = (await session.Events.QueryRawEventDataOnly<ReviewConfirmed>().ToListAsync(ct)).Where(c => ids.Contains(c.TransactionId));
        var reversed = (await session.Events.QueryRawEventDataOnly<JournalEntryReversed>().ToListAsync(ct)).Where(r => ids.Contains(r.TransactionId))
            .Select(r => (r.TransactionId, r.At));
        var weeks = SlipTally.ByReviewerAndWeek(slips, confirmed, reversed);
        return new SlipsResponse(p.Label, p.From, p.To, weeks.Sum(w => w.Suspected), weeks.Sum(w => w.Open), weeks);
    }
}
