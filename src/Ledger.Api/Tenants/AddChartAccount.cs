using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Export;
using Ledger.Domain.Tenants;
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
        if (string.IsNullOrWhiteSpace(cmd.Code) || string.IsNullOrWhiteSpace(cmd.Name) || cmd.Type is null)
            throw new DomainException("An account needs code, name and type (Asset, Liability, Equity, Income or Expense).");
        // QBO's import matches account names exactly, so a name the export would have to neutralise could never match.
        if (SpreadsheetCsv.BeginsLikeFormula(cmd.Name.Trim()) || SpreadsheetCsv.BeginsLikeFormula(cmd.Code.Trim()))
            throw new DomainException("An account's code and name must not begin with =, +, -, @, tab or CR (spreadsheets run such a cell as a formula).");
        var stream = await session.Events.FetchForWriting<Tenant>(user.TenantId(), ct);
        var tenant = stream.Aggregate!;
        if (tenant.Account(cmd.Code.Trim()) is not null) throw new DomainException($"Account {cmd.Code} already exists in the chart.");
        if (cmd.Parent is not null && tenant.Chart.All(a => a.Name != cmd.Parent)) throw new DomainException($"Parent account '{cmd.Parent}' is not in the chart.");
        var account = new ChartAccount(cmd.Code.Trim(), cmd.Name.Trim(), cmd.Type.Value, cmd.Parent);
        stream.AppendOne(new ChartAccountAdded(tenant.Id, account, user.UserName(), clock.GetCurrentInstant()));
        return Results.Created($"/api/accounts/{account.Code}", account);
    }
}
