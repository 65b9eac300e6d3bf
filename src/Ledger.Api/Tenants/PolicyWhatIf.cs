using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Decisions.WhatIf;
using Ledger.Projections.Metrics;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Tenants;

public static class PolicyWhatIfEndpoint
{
    /// <summary>
    /// "Had the threshold been 0.88 and the cold-start minimum 2 from..to": the recorded gate inputs and final answers of the
    /// token's tenant replayed under that policy and under the policy in force (no model rerun), and the curve over thresholds.
    /// Default period: the last 90 days.
    /// </summary>
    [WolverineGet("/api/policy/what-if"), Authorize(Policy = Policies.Admin)]
    public static async Task<PolicyWhatIfAnswer> Get(double? threshold, int? coldStartMinLabels, string? from, string? to, IQuerySession session,
        MetricsSettings settings, IClock clock, CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var end = QueryValues.Date(to, "to") ?? now.InUtc().Date;
        var start = QueryValues.Date(from, "from") ?? end.PlusDays(-89);
        return await PolicyWhatIfQuery.RunAsync(session, new PolicyWhatIfRequest(threshold, coldStartMinLabels, start, end), now, settings.CorrectionWindow, ct);
    }

    /// <summary>Runs the what-if a policy change names as its evidence, for the change's own stream (null when it names none).</summary>
    public static async Task<PolicyEvidenceAttached?> EvidenceAsync(WhatIfEvidenceRequest? request, IQuerySession session, int policyVersion,
        ClaimsPrincipal user, MetricsSettings settings, Instant now, CancellationToken ct)
    {
        if (request is null) return null;
        var answer = await PolicyWhatIfQuery.RunAsync(session,
            new PolicyWhatIfRequest(request.Threshold, request.ColdStartMinLabels, request.From, request.To), now, settings.CorrectionWindow, ct);
        return new PolicyEvidenceAttached(answer.Tenant, policyVersion, request.From, request.To, answer.Result.Proposed, answer.Result.InForce,
            user.UserName(), now);
    }
}
