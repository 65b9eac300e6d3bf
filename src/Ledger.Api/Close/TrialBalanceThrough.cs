using Ledger.Api.Auth;
using Ledger.Domain.Close;
using Ledger.Domain.Decisions;
using Ledger.Domain.Reconciliation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Close;

/// <param name="Balances">Account → debit − credit of every entry dated up to Through.</param>
/// <param name="ClosedPeriod">The closed month Through falls in, if any; its balances at the close are <paramref name="AtClose"/>.</param>
public sealed record TrialBalanceAsOfDate(LocalDate Through, IReadOnlyDictionary<string, decimal> Balances, decimal TotalDebits, decimal TotalCredits,
    string? ClosedPeriod, IReadOnlyDictionary<string, decimal>? AtClose);

/// <summary>
/// The trial balance by entry date (the accountant's "as of"), from the posting, reversal and opening events themselves. Unlike
/// <c>/api/audit/trial-balance/as-of</c> (by recording time) it is what a period close protects.
/// </summary>
public static class TrialBalanceThrough
{
    public static async Task<TrialBalanceAsOfDate> ComputeAsync(IQuerySession session, LocalDate through, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName == "journal_entry_posted" || e.EventTypeName == "journal_entry_reversed" || e.EventTypeName == "opening_balance_entered")
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var lines = events.SelectMany(e => e.Data switch
        {
            JournalEntryPosted p when p.EntryDate <= through => p.Lines,
            JournalEntryReversed r when r.EntryDate <= through => r.Lines,
            OpeningBalanceEntered o when o.AsOf <= through => o.Lines,
            _ => [],
        }).ToList();
        var balances = lines.GroupBy(l => l.AccountCode).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Sum(l => l.Debit - l.Credit));
        var closed = (await ClosedPeriodsLoader.LoadAsync(session, ct)).ClosedOn(through);
        return new TrialBalanceAsOfDate(through, balances, lines.Sum(l => l.Debit), lines.Sum(l => l.Credit), closed?.Period,
            closed?.Through == through ? closed.Balances : null);
    }

    [WolverineGet("/api/trial-balance"), Authorize(Policy = Policies.Reader)]
    public static Task<TrialBalanceAsOfDate> Get(string? through, IQuerySession session, CancellationToken ct) =>
        ComputeAsync(session, QueryValues.Date(through, "through") ?? throw new Ledger.Domain.DomainException("through (yyyy-MM-dd) is required."), ct);
}
