using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Statements.Csv;
using Ledger.Projections.Imports;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Import;

/// <summary>The explicit column mapping for a bank account's CSV exports, for anything header detection cannot decide.</summary>
public static class CsvProfileEndpoints
{
    [WolverinePut("/api/bank-accounts/{code}/csv-profile"), Authorize(Policy = Policies.Admin)]
    public static BankAccountSettings Put(string code, CsvProfile profile, IDocumentSession session)
    {
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
