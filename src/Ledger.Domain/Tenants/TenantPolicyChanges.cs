using NodaTime;

namespace Ledger.Domain.Tenants;

/// <summary>An operator's change to a tenant's policy numbers; fields left out keep their value.</summary>
public sealed record PolicyChangeRequest(decimal? AutopostThreshold, int? ColdStartMinLabels, decimal? LlmMonthlyCapUsd, int? RetrainAfterLabels, string? Reason,
    bool? PostIntoFirstOpenPeriod = null);

public static class TenantPolicyChanges
{
    /// <returns>The event to record, or null when the request changes nothing.</returns>
    public static TenantPolicyChanged? Decide(string tenantId, TenantLimits current, PolicyChangeRequest request, string by, Instant now)
    {
        if (request.AutopostThreshold is { } t && (t <= 0m || t > 1m))
            throw new FieldRefusedException("autopostThreshold", $"must be above 0 and at most 1 (got {t}).");
        if (request.ColdStartMinLabels is < 0) throw new FieldRefusedException("coldStartMinLabels", "cannot be negative.");
        if (request.LlmMonthlyCapUsd is < 0m) throw new FieldRefusedException("llmMonthlyCapUsd", "cannot be negative.");
        if (request.RetrainAfterLabels is < 1) throw new FieldRefusedException("retrainAfterLabels", "must be at least 1.");

        var next = current with
        {
            AutopostThreshold = request.AutopostThreshold ?? current.AutopostThreshold,
            ColdStartMinLabels = request.ColdStartMinLabels ?? current.ColdStartMinLabels,
            LlmMonthlyCapUsd = request.LlmMonthlyCapUsd ?? current.LlmMonthlyCapUsd,
            RetrainAfterLabels = request.RetrainAfterLabels ?? current.RetrainAfterLabels,
            PostIntoFirstOpenPeriod = request.PostIntoFirstOpenPeriod ?? current.PostIntoFirstOpenPeriod,
        };
        return next == current
            ? null
            : new TenantPolicyChanged(tenantId, next.AutopostThreshold, next.ColdStartMinLabels, next.LlmMonthlyCapUsd, by, now,
                next.RetrainAfterLabels, string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(), next.PostIntoFirstOpenPeriod);
    }
}
