using Ledger.Api.Auth;
using Ledger.Projections.Imports;
using Ledger.Projections.Transactions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Import;

public static class ImportQueries
{
    [WolverineGet("/api/imports"), Authorize(Policy = Policies.Reader)]
    public static async Task<IReadOnlyList<StatementImportView>> List(IQuerySession session, CancellationToken ct) =>
        await session.Query<StatementImportView>().OrderByDescending(x => x.At).Take(500).ToListAsync(ct);

    /// <summary>A bank account's transactions, newest first, in pages.</summary>
    [WolverineGet("/api/bank-accounts/{code}/transactions"), Authorize(Policy = Policies.Reader)]
    public static async Task<IReadOnlyList<TransactionView>> Transactions(string code, IQuerySession session, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 100, 1, 1000);
        return await session.Query<TransactionView>()
            .Where(x => x.BankAccountCode == code)
            .OrderByDescending(x => x.PostedOn).ThenBy(x => x.Id)
            .Skip(Math.Max(0, (page ?? 1) - 1) * size).Take(size)
            .ToListAsync(ct);
    }
}
