using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Api.Categorization;
using Ledger.Domain;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Rules;

/// <summary>"This vendor goes to this account": <c>vendorKey</c> or a raw <c>payee</c> line, optionally narrowed by |amount| and direction.</summary>
public sealed record CreateVendorRule(string? VendorKey, string? Payee, string? AccountCode, decimal? MinAmount, decimal? MaxAmount, string? Direction);

public sealed record VendorRuleView(Guid Id, string VendorKey, string AccountCode, decimal? MinAmount, decimal? MaxAmount, string? Direction,
    string Origin, int Version)
{
    public static VendorRuleView Of(VendorRule r) => new(r.Id, r.VendorKey, r.AccountCode, r.MinAmount, r.MaxAmount,
        r.Direction?.ToString().ToLowerInvariant(), r.Origin.ToString().ToLowerInvariant(), r.Version);
}

public static class CreateVendorRuleEndpoint
{
    /// <summary>
    /// Appends <see cref="VendorRuleCreated"/> to the categorizer stream; the inline CategorizerState picks the rule up in
    /// the same transaction, so the next proposal of that vendor already goes through it.
    /// </summary>
    [WolverinePost("/api/rules"), Authorize(Policy = Policies.Admin)]
    public static async Task<IResult> Post(CreateVendorRule cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(user.TenantId(), ct) ?? throw new DomainException("Unknown tenant.");
        var stream = await CategorizerStream.FetchForWritingAsync(session, ct);
        var request = new AdminRuleRequest(cmd.VendorKey, cmd.Payee, cmd.AccountCode, cmd.MinAmount, cmd.MaxAmount, cmd.Direction);
        var rule = AdminRules.Create(request, tenant.Chart, stream?.Aggregate?.ActiveRules ?? [], Guid.NewGuid());
        var created = new VendorRuleCreated(rule, user.UserName(), clock.GetCurrentInstant());
        if (stream is null) CategorizerStream.Start(session, created);
        else stream.AppendOne(created);
        return Results.Created($"/api/rules/{rule.Id}", VendorRuleView.Of(rule));
    }
}
