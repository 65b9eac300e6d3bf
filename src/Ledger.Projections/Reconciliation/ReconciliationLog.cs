using Ledger.Domain.Reconciliation;
using Marten;

namespace Ledger.Projections.Reconciliation;

/// <summary>The reconciliations reviewers recorded for the session's tenant, oldest first.</summary>
public static class RecordedReconciliations
{
    public static async Task<IReadOnlyList<AccountReconciled>> LoadAsync(IQuerySession session, CancellationToken ct) =>
        (await session.Events.FetchStreamAsync(ReconciliationStreams.Reconciliations, token: ct)).Select(e => e.Data).OfType<AccountReconciled>().ToList();
}
