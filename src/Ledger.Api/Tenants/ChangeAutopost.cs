using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;
using Marten;

namespace Ledger.Api.Tenants;

/// <summary>Switching auto-posting on is a recorded act of an operator, never part of onboarding.</summary>
/// <param name="WhatIf">A what-if to record beside the change as its evidence (<see cref="Ledger.Domain.Decisions.WhatIf.PolicyEvidenceAttached"/>).</param>
public sealed record ChangeAutopost(bool Enabled, string? Reason, Ledger.Domain.Decisions.WhatIf.WhatIfEvidenceRequest? WhatIf = null);

public static class ChangeAutopostEndpoint
{
    // The route names the client tenant; the authentication step has already made it the request's tenant.
    [WolverinePost("/api/ops/tenants/{clientId}/autopost"), Authorize(Policy = Policies.Operator)]
    public static async Task<TenantView> Post(string clientId, ChangeAutopost cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock,
        Ledger.Projections.Metrics.MetricsSettings settings, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Tenant>(user.TenantId(), ct);
        var tenant = stream.Aggregate ?? throw new InvalidOperationException($"Tenant {clientId} has no stream.");
        var now = clock.GetCurrentInstant();
        var events = new List<object>();
        if (cmd.Enabled && !tenant.AutopostEnabled) events.Add(new AutopostEnabled(tenant.Id, user.UserName(), cmd.Reason, now));
        if (!cmd.Enabled && tenant.AutopostEnabled) events.Add(new AutopostDisabled(tenant.Id, user.UserName(), cmd.Reason, now));
        var after = TenantView.From(tenant) with
        {
            AutopostEnabled = cmd.Enabled,
            AutopostApprovedBy = cmd.Enabled ? (events.Count > 0 ? user.UserName() : tenant.AutopostApprovedBy) : null,
            PolicyVersion = tenant.PolicyVersion + events.Count,
        };
        if (events.Count > 0 && await PolicyWhatIfEndpoint.EvidenceAsync(cmd.WhatIf, session, after.PolicyVersion, user, settings, now, ct) is { } evidence)
            events.Add(evidence);
        stream.AppendMany(events);
        return after;
    }
}
