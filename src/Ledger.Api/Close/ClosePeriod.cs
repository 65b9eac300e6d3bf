using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Api.Reconciliation;
using Ledger.Domain;
using Ledger.Domain.Close;
using Ledger.Domain.Reconciliation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Close;

/// <summary>Close or reopen a month; the reason is required either way.</summary>
public sealed record ChangePeriod(string? Reason);

public sealed record PeriodView(string Period, LocalDate From, LocalDate Through, string ClosedBy, string Reason, Instant ClosedAt);

public static class PeriodClose
{
    public static async Task<PeriodClosed> CloseAsync(IDocumentSession session, string period, string? reason, string by, Instant now, CancellationToken ct)
    {
        var why = RequireReason(reason);
        var (from, through) = ClosedPeriods.Parse(period);
        var name = ClosedPeriods.PeriodOf(from);
        await PeriodCloseTurn.TakeAsync(session, ct);
        var closed = await ClosedPeriodsLoader.LoadAsync(session, ct);
        if (closed.Closed.ContainsKey(name)) throw new PeriodClosedException(name, $"Period {name} is already closed.");
        var tb = await TrialBalanceThrough.ComputeAsync(session, through, ct);
        var accounts = await AccountsWithLinesAsync(session, from, through, ct);
        if (CloseReadiness.Refusal(name, through, accounts, await AccountReconciliation.RecordedAsync(session, ct)) is { } refusal)
            throw new DomainException(refusal);
        var e = new PeriodClosed(name, from, through, why, tb.Balances, by, now);
        await AppendAsync(session, e, ct);
        return e;
    }

    public static async Task<PeriodReopened> ReopenAsync(IDocumentSession session, string period, string? reason, string by, Instant now, CancellationToken ct)
    {
        var why = RequireReason(reason);
        var name = ClosedPeriods.PeriodOf(ClosedPeriods.Parse(period).From);
        await PeriodCloseTurn.TakeAsync(session, ct);
        var closed = await ClosedPeriodsLoader.LoadAsync(session, ct);
        if (!closed.Closed.ContainsKey(name)) throw new DomainException($"Period {name} is not closed; there is nothing to reopen.");
        var e = new PeriodReopened(name, why, by, now);
        await AppendAsync(session, e, ct);
        return e;
    }

    static string RequireReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? throw new DomainException("reason is required: closing or reopening a period must say why.") : reason.Trim();

    static async Task AppendAsync(IDocumentSession session, object e, CancellationToken ct)
    {
        var state = await session.Events.FetchStreamStateAsync(PeriodStreams.Periods, ct);
        if (state is null) session.Events.StartStream<ReconciliationLog>(PeriodStreams.Periods, e);
        else session.Events.Append(PeriodStreams.Periods, state.Version + 1, e);
        await session.SaveChangesAsync(ct);
    }

    static async Task<IReadOnlyList<string>> AccountsWithLinesAsync(IQuerySession session, LocalDate from, LocalDate through, CancellationToken ct) =>
        // Filtered here, not in SQL: LocalDate comparisons inside the event JSON do not translate.
        (await session.Events.QueryRawEventDataOnly<Ledger.Domain.Statements.TransactionImported>().ToListAsync(ct))
            .Where(t => t.PostedOn >= from && t.PostedOn <= through).Select(t => t.BankAccountCode).Distinct().ToList();

    [WolverinePost("/api/periods/{period}/close"), Authorize(Policy = Policies.Admin)]
    public static Task<PeriodClosed> Close(string period, ChangePeriod cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        CloseAsync(session, period, cmd.Reason, user.UserName(), clock.GetCurrentInstant(), ct);

    [WolverinePost("/api/periods/{period}/reopen"), Authorize(Policy = Policies.Admin)]
    public static Task<PeriodReopened> Reopen(string period, ChangePeriod cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        ReopenAsync(session, period, cmd.Reason, user.UserName(), clock.GetCurrentInstant(), ct);

    [WolverineGet("/api/periods"), Authorize(Policy = Policies.Reader)]
    public static async Task<IReadOnlyList<PeriodView>> List(IQuerySession session, CancellationToken ct) =>
        (await ClosedPeriodsLoader.LoadAsync(session, ct)).Closed.Values.OrderBy(p => p.From)
            .Select(p => new PeriodView(p.Period, p.From, p.Through, p.By, p.Reason, p.At)).ToList();
}
