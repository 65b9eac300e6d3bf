using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Api.Categorization;
using Ledger.Domain.Categorization;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Rules;

public static class RetireVendorRuleEndpoint
{
    /// <summary>
    /// Appends <see cref="RuleRetired"/> (who and why in its reason); the rule stays in the history, and proposals it made
    /// keep naming it. Another tenant's rule id is simply not found: the session only sees the caller's tenant.
    /// </summary>
    [WolverineDelete("/api/rules/{ruleId}"), Authorize(Policy = Policies.Admin)]
    public static async Task<IResult> Delete(Guid ruleId, string? reason, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var stream = await CategorizerStream.FetchForWritingAsync(session, ct);
        var rule = stream?.Aggregate?.ActiveRules.FirstOrDefault(r => r.Id == ruleId);
        if (stream is null || rule is null)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown rule", detail: $"No active rule {ruleId} in this tenant.");
        var why = string.IsNullOrWhiteSpace(reason) ? $"retired by {user.UserName()}" : $"retired by {user.UserName()}: {reason.Trim()}";
        stream.AppendOne(new RuleRetired(rule.Id, rule.VendorKey, why, [], clock.GetCurrentInstant()));
        return Results.NoContent();
    }
}
