using System.Security.Claims;
using JasperFx.Events;
using Ledger.Api.Auth;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Audit;

/// <summary>One recorded event with who, when and why (correlation / causation); the data carries the versions it was decided with.</summary>
public sealed record AuditEvent(long Sequence, long Version, string EventType, Instant Timestamp, string? UserName,
    string? CorrelationId, string? CausationId, object Data);

public sealed record StreamHistory(string StreamId, int Count, IReadOnlyList<AuditEvent> Events);

public static class StreamHistoryEndpoints
{
    /// <summary>A transaction's whole stream in order: import, proposal, gates, entry, corrections.</summary>
    [WolverineGet("/api/audit/transactions/{id}/history"), Authorize(Policy = Policies.Reader)]
    public static async Task<IResult> Transaction(string id, IQuerySession session, CancellationToken ct)
    {
        var history = await LoadAsync(session, id, ct);
        return history is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown transaction", detail: $"No stream '{id}' in this tenant.")
            : Results.Ok(history);
    }

    /// <summary>The tenant's own stream: onboarding, policy changes, auto-post switches, tokens (hashes only).</summary>
    [WolverineGet("/api/audit/tenant/history"), Authorize(Policy = Policies.Reader)]
    public static async Task<StreamHistory> Tenant(IQuerySession session, ClaimsPrincipal user, CancellationToken ct) =>
        await LoadAsync(session, user.TenantId(), ct) ?? new StreamHistory(user.TenantId(), 0, []);

    /// <summary>The session is the caller's tenant, so another tenant's stream reads as empty (404), never as theirs.</summary>
    static async Task<StreamHistory?> LoadAsync(IQuerySession session, string streamId, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(streamId, token: ct);
        if (events.Count == 0) return null;
        return new StreamHistory(streamId, events.Count, events.OrderBy(e => e.Version).Select(ToAudit).ToList());
    }

    public static AuditEvent ToAudit(IEvent e) => new(e.Sequence, e.Version, e.EventTypeName, Instant.FromDateTimeOffset(e.Timestamp),
        e.UserName, e.CorrelationId, e.CausationId, e.Data);
}
