using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Api.Categorization;
using Ledger.Domain.Metrics;
using Ledger.Projections.Metrics;
using Ledger.Projections.Review;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Metrics;

public static class GetLatestMetricsEndpoint
{
    /// <summary>
    /// The caller's tenant's metrics over a trailing period (7d, 30d, 90d) or explicit from/to dates, ending now.
    /// Tenant scoping comes from the session: the token's tenant, or the one an operator names with X-Ledger-Tenant.
    /// </summary>
    [WolverineGet("/api/metrics/latest"), Authorize(Policy = Policies.Reader)]
    public static async Task<MetricsResponse> Get(string? period, string? from, string? to, IDocumentSession session, ClaimsPrincipal user,
        CategorizerContextLoader loader, Ledger.Projections.Metrics.MetricsSettings settings, SemanticKernelLlmCategorizer llm, IClock clock,
        CancellationToken ct)
    {
        var now = clock.GetCurrentInstant();
        var window = (QueryValues.Date(from, "from"), QueryValues.Date(to, "to")) switch
        {
            ({ } f, { } t) => MetricsPeriod.Between(f, t),
            ({ } f, null) => MetricsPeriod.Between(f, now.InUtc().Date),
            (null, { }) => throw new Domain.DomainException("Query parameter 'to' needs 'from'."),
            _ => MetricsPeriod.Trailing(period ?? "30d", now),
        };
        var tenantId = user.TenantId();
        var result = await MetricsWindowQuery.LoadAsync(session, window, now, ct, settings.CorrectionWindow);
        var backlog = await session.Query<ReviewQueueItem>().CountAsync(ct);
        var tenant = await session.LoadAsync<Tenant>(tenantId, ct) ?? throw new InvalidOperationException($"No tenant {tenantId}.");
        var budget = await loader.BudgetAsync(session, tenant, now, ct);
        var plan = await Ledger.Api.Tenants.PlanUsages.ShownAsync(session, tenant, now, ct);
        var categorizer = await session.LoadAsync<Ledger.Projections.Categorization.CategorizerState>(Ledger.Domain.Categorization.CategorizerStreams.Id, ct);
        return MetricsResponse.From(tenantId, result, now, backlog, budget, plan, LlmCircuitResponse.Of(llm)) with
        {
            EarnedThreshold = categorizer is null ? null : EarnedThresholdResponse.From(tenant, categorizer),
        };
    }
}
