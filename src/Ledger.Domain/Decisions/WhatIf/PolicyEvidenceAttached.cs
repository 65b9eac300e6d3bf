using NodaTime;

namespace Ledger.Domain.Decisions.WhatIf;

/// <summary>
/// The what-if an operator based a policy change on, recorded on the tenant's stream right after the AutopostEnabled or
/// TenantPolicyChanged it supports (<paramref name="PolicyVersion"/> is the version that change made). A new event, so
/// the policy events recorded before keep reading as they always did.
/// </summary>
public sealed record PolicyEvidenceAttached(string TenantId, int PolicyVersion, LocalDate From, LocalDate To, PolicyFigures Proposed,
    PolicyFigures InForce, string By, Instant At);

/// <summary>The period and policy of a what-if a change request names as its evidence.</summary>
public sealed record WhatIfEvidenceRequest(double? Threshold, int? ColdStartMinLabels, LocalDate From, LocalDate To);
