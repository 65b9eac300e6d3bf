using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain.Accounts;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Tenants;

public sealed record AddChartAccount(string? Code, string? Name, AccountType? Type, string? Parent);

public static class AddChartAccountEndpoint
{
    /// <summary>A client's chart grows beyond its template: a new expense category, a second card.</summary>
    [WolverinePost("/api/accounts"), Authorize(Policy = Policies.Admin)]
    public static async Task<IResult> Post(AddChartAccount cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var stream = await session.Events.FetchForWriting<Tenant>(user.TenantId(), ct);
        var added = ChartChanges.Add(stream.Aggregate!.Id, stream.Aggregate.Chart, cmd.Code, cmd.Name, cmd.Type?.ToString(), cmd.Parent,
            user.UserName(), clock.GetCurrentInstant());
        stream.AppendOne(added);
        return Results.Created($"/api/accounts/{added.Account.Code}", added.Account);
    }
}
