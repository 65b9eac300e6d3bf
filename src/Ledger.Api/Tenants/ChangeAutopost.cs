using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;
using Wolverine.Marten;

namespace Ledger.Api.Tenants;

/// <summary>Switching auto-posting on is a recorded act of an operator, never part of onboarding.</summary>
public sealed record ChangeAutopost(bool Enabled, string? Reason);

public static class ChangeAutopostEndpoint
{
    [WolverinePost("/api/ops/tenants/{tenantId}/autopost"), Authorize(Policy = Policies.Operator)]
    public static (TenantView, Events) Post(ChangeAutopost cmd, [WriteAggregate] Tenant tenant, ClaimsPrincipal user, IClock clock)
    {
        var now = clock.GetCurrentInstant();
        var events = new Events();
        if (cmd.Enabled && !tenant.AutopostEnabled) events.Add(new AutopostEnabled(tenant.Id, user.UserName(), cmd.Reason, now));
        if (!cmd.Enabled && tenant.AutopostEnabled) events.Add(new AutopostDisabled(tenant.Id, user.UserName(), cmd.Reason, now));
        var after = TenantView.From(tenant) with
        {
            AutopostEnabled = cmd.Enabled,
            AutopostApprovedBy = cmd.Enabled ? (events.Count > 0 ? user.UserName() : tenant.AutopostApprovedBy) : null,
            PolicyVersion = tenant.PolicyVersion + events.Count,
        };
        return (after, events);
    }
}
