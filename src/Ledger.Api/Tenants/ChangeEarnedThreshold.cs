using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Tenants;

/// <summary>
/// Letting the gates use the thresholds the tenant earned on its own reviewed proposals (per source, never below the
/// template's floor) is a recorded act of an operator, like switching auto-posting on.
/// </summary>
public sealed record ChangeEarnedThreshold(bool Enabled, string? Reason);

public static class ChangeEarnedThresholdEndpoint
{
    [WolverinePost("/api/ops/tenants/{clientId}/earned-threshold"), Authorize(Policy = Policies.Operator)]
    public static async Task<TenantView> Post(string clientId, ChangeEarnedThreshold cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Tenant>(user.TenantId(), ct);
        var tenant = stream.Aggregate ?? throw new InvalidOperationException($"Tenant {clientId} has no stream.");
        var now = clock.GetCurrentInstant();
        object? change = (cmd.Enabled, tenant.UsesEarnedThreshold) switch
        {
            (true, false) => new EarnedThresholdOptedIn(tenant.Id, user.UserName(), cmd.Reason, now),
            (false, true) => new EarnedThresholdOptedOut(tenant.Id, user.UserName(), cmd.Reason, now),
            _ => null,
        };
        if (change is not null) stream.AppendOne(change);
        return TenantView.From(tenant) with { UsesEarnedThreshold = cmd.Enabled, PolicyVersion = tenant.PolicyVersion + (change is null ? 0 : 1) };
    }
}
