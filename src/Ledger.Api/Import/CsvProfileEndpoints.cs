using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Statements.Csv;
using Ledger.Projections.Imports;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Import;

/// <summary>The explicit column mapping for a bank account's CSV exports, for anything header detection cannot decide.</summary>
public static class CsvProfileEndpoints
{
    [WolverinePut("/api/bank-accounts/{code}/csv-profile"), Authorize(Policy = Policies.Admin)]
    public static async Task<BankAccountSettings> Put(string code, CsvProfile profile, IDocumentSession session, CancellationToken ct)
    {
        // A profile for an account the chart lacks would never be used by an import, and reads as if it were set up.
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new DomainException("Unknown tenant.");
        if (tenant.Account(code) is not { Type: AccountType.Asset or AccountType.Liability })
            throw new FieldRefusedException("code", $"'{code}' is not a bank or card account of this tenant's chart. Choose one of: " +
                string.Join(", ", tenant.Chart.Where(a => a.Type is AccountType.Asset or AccountType.Liability).Select(a => $"{a.Code} {a.Name}")) + ".");
        if (string.IsNullOrWhiteSpace(profile.DateColumn) || string.IsNullOrWhiteSpace(profile.DatePattern))
            throw new DomainException("A CSV profile needs dateColumn and datePattern (e.g. \"dd/MM/yyyy\").");
        if (profile.AmountColumn is null && (profile.DebitColumn is null || profile.CreditColumn is null))
            throw new DomainException("A CSV profile needs amountColumn, or both debitColumn and creditColumn.");
        var settings = new BankAccountSettings { Id = code, CsvProfile = profile };
        session.Store(settings);
        return settings;
    }

    [WolverineGet("/api/bank-accounts/{code}/csv-profile"), Authorize(Policy = Policies.Reader)]
    public static async Task<BankAccountSettings?> Get(string code, IQuerySession session, CancellationToken ct) =>
        await session.LoadAsync<BankAccountSettings>(code, ct);
}
