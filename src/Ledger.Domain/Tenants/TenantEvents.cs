using Ledger.Domain.Accounts;
using NodaTime;

namespace Ledger.Domain.Tenants;

// Everything that happened to a tenant, in the tenant's own stream (stream id = tenant id).

public sealed record TenantOnboarded(
    string TenantId,
    string Name,
    string Template,
    string ChartName,
    IReadOnlyList<ChartAccount> Chart,
    TenantLimits Limits,
    Instant OnboardedAt,
    string OnboardedBy);

/// <summary>The policy numbers a tenant starts with; auto-posting is never part of it (see <see cref="AutopostEnabled"/>).</summary>
/// <param name="RetrainAfterLabels">
/// Labels recorded since the current model was trained that retrain it automatically. Defaulted so tenants onboarded
/// before the number existed read back with the template default.
/// </param>
/// <param name="EarnedThresholdFloor">The lowest auto-post threshold the tenant can earn (defaulted like the one above).</param>
/// <param name="PostIntoFirstOpenPeriod">
/// An entry, reversal or recategorization due in a closed month is booked on the first day of the first open month instead
/// of being refused (<see cref="Close.ClosedPeriods.PostsIntoFirstOpen"/>). Off unless an operator sets it; off for every
/// tenant onboarded before it existed.
/// </param>
/// <param name="BooksCurrency">
/// The ISO 4217 code the books are kept in, chosen at onboarding (<see cref="Tenants.BooksCurrency"/>). Every tenant onboarded
/// before it was recorded reads USD: that is what its QBO exports said.
/// </param>
public sealed record TenantLimits(
    int MaxTransactionsPerMonth,
    decimal AutopostThreshold,
    int ColdStartMinLabels,
    decimal LlmMonthlyCapUsd,
    string QboDateFormat,
    int RetrainAfterLabels = TenantTemplates.DefaultRetrainAfterLabels,
    decimal EarnedThresholdFloor = TenantTemplates.DefaultEarnedThresholdFloor,
    bool PostIntoFirstOpenPeriod = false,
    string BooksCurrency = Ledger.Domain.Tenants.BooksCurrency.Default);

/// <summary>An operator lets the gates use the thresholds the tenant earned (per source) instead of the template's.</summary>
public sealed record EarnedThresholdOptedIn(string TenantId, string By, string? Reason, Instant At);

public sealed record EarnedThresholdOptedOut(string TenantId, string By, string? Reason, Instant At);

public sealed record AutopostEnabled(string TenantId, string ApprovedBy, string? Reason, Instant At);

public sealed record AutopostDisabled(string TenantId, string DisabledBy, string? Reason, Instant At);

/// <param name="RetrainAfterLabels">Null: unchanged (and in every event recorded before the number existed).</param>
/// <param name="PostIntoFirstOpenPeriod">Null: unchanged (and in every event recorded before the policy existed).</param>
public sealed record TenantPolicyChanged(
    string TenantId,
    decimal AutopostThreshold,
    int ColdStartMinLabels,
    decimal LlmMonthlyCapUsd,
    string ChangedBy,
    Instant At,
    int? RetrainAfterLabels = null,
    string? Reason = null,
    bool? PostIntoFirstOpenPeriod = null);

/// <summary>Only the SHA-256 of the token is recorded; the token itself is shown once and never stored.</summary>
public sealed record ApiTokenIssued(Guid TokenId, string TokenHash, string Role, string IssuedTo, string IssuedBy, Instant At);

public sealed record ApiTokenRevoked(Guid TokenId, string RevokedBy, Instant At);

/// <summary>
/// The onboarding kit (configuration and the admin token) was written to these files. Erasure deletes exactly these, and only
/// from the database that recorded them (<paramref name="Database"/>: name and oid): a restored copy names another database,
/// so erasing the tenant there never touches the live tenant's kit.
/// </summary>
public sealed record OnboardingKitWritten(string TenantId, string Folder, IReadOnlyList<string> Files, string Database, string WrittenBy, Instant At);

/// <summary>A client's chart grows beyond its template (a new expense category, a second card).</summary>
public sealed record ChartAccountAdded(string TenantId, Ledger.Domain.Accounts.ChartAccount Account, string AddedBy, Instant At);

/// <summary>
/// The only trace an erased tenant leaves, in the operators' stream: which tenant was erased, by whom, when. Tenant ids
/// start with a slug of the client's name ("beta-accounting-inc-3170a4"), so the tombstone keeps only the id's SHA-256
/// (hex): whoever still knows the id can prove it was erased, nobody can read the name back from the ledger.
/// </summary>
public sealed record TenantErased(string TenantIdSha256, string ErasedBy, Instant At)
{
    public static string Hash(string tenantId) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(tenantId)));
}
