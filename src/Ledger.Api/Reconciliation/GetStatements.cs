using Ledger.Api.Auth;
using Ledger.Domain.Reconciliation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Reconciliation;

/// <summary>An account's statements in date order, each checked against the one before (gaps with their missing amount, overlaps).</summary>
public static class GetStatementsEndpoint
{
    public static async Task<IReadOnlyList<StatementCheck>> ChecksAsync(IQuerySession session, string account, CancellationToken ct)
    {
        await AccountReconciliation.BankAccountAsync(session, account, ct);
        var facts = await ReconciliationData.LoadAsync(session, account, ct);
        return StatementSeries.Check(facts.Statements, facts.Lines);
    }

    [WolverineGet("/api/accounts/{code}/statements"), Authorize(Policy = Policies.Reader)]
    public static Task<IReadOnlyList<StatementCheck>> Get(string code, IQuerySession session, CancellationToken ct) => ChecksAsync(session, code, ct);
}
