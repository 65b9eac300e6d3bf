using System.Collections.Concurrent;
using System.Reflection;
using JasperFx.Events;
using Ledger.Api.Auth;
using Ledger.Domain.Decisions;
using Ledger.Projections.Journal;
using Ledger.Projections.Transactions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Audit;

public sealed record TransactionAsOf(Instant At, long Version, long LatestVersion, TransactionView Transaction);
public sealed record TrialBalanceAsOf(Instant At, TrialBalance TrialBalance);

/// <summary>
/// Time travel for auditors. "At" is business time: every event carries the instant the engine's clock gave it
/// (its <c>At</c>), which is what the auditor sees in the data. Marten's own timestamp is the database server's clock
/// at commit; it is shown in the history and used only for events without an <c>At</c>.
/// </summary>
public static class AsOfEndpoints
{
    [WolverineGet("/api/audit/transactions/{id}/as-of"), Authorize(Policy = Policies.Reader)]
    public static async Task<IResult> Transaction(string id, string? at, IQuerySession session, CancellationToken ct)
    {
        var instant = QueryValues.RequiredInstant(at, "at");
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        if (events.Count == 0)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown transaction", detail: $"No stream '{id}' in this tenant.");
        // A prefix of the stream, so the state is one the stream really passed through.
        var version = events.OrderBy(e => e.Version).TakeWhile(e => BusinessTime(e) <= instant).Select(e => e.Version).LastOrDefault();
        if (version == 0)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not yet imported", detail: $"Transaction '{id}' did not exist at {instant}.");
        // Marten's live aggregation with the projection's own Apply methods: the same fold as the read model.
        var view = await session.Events.AggregateStreamAsync<TransactionView>(id, version: version, token: ct);
        return Results.Ok(new TransactionAsOf(instant, version, events.Max(e => e.Version), view!));
    }

    [WolverineGet("/api/audit/trial-balance/as-of"), Authorize(Policy = Policies.Reader)]
    public static async Task<TrialBalanceAsOf> TrialBalance(string? at, IQuerySession session, CancellationToken ct)
    {
        var instant = QueryValues.RequiredInstant(at, "at");
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName == "journal_entry_posted" || e.EventTypeName == "journal_entry_reversed" || e.EventTypeName == "opening_balance_entered")
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var tb = new TrialBalance();
        foreach (var e in events)
        {
            if (e.Data is JournalEntryPosted p && p.At <= instant) tb.Post(p.Lines);
            if (e.Data is JournalEntryReversed r && r.At <= instant) tb.Post(r.Lines);
            if (e.Data is Ledger.Domain.Reconciliation.OpeningBalanceEntered o && o.At <= instant) tb.Post(o.Lines);
        }
        return new TrialBalanceAsOf(instant, tb);
    }

    static readonly ConcurrentDictionary<Type, PropertyInfo?> AtProperties = new();

    static Instant BusinessTime(IEvent e)
    {
        var property = AtProperties.GetOrAdd(e.EventType, t => t.GetProperty("At") is { PropertyType: var pt } p && pt == typeof(Instant) ? p : null);
        return property?.GetValue(e.Data) is Instant at ? at : Instant.FromDateTimeOffset(e.Timestamp);
    }
}
