using Ledger.Api.Reconciliation;
using Ledger.Domain;
using Ledger.Domain.Demo;
using Ledger.Domain.Reconciliation;
using Marten;
using NodaTime;

namespace Ledger.Api.Demo;

/// <summary>
/// The demo's month-end view: each account's opening entry (derived from its first statement, entered once) and its
/// reconciliation against the statement's closing balance. In shadow mode nothing is posted, so the difference is the
/// lines still in review, and the report says so line by line.
/// </summary>
public static class DemoReconciliation
{
    public static async Task RunAsync(IDocumentStore store, string tenantId, Instant now, TextWriter output, CancellationToken ct)
    {
        foreach (var account in new[] { DemoSamples.CheckingCode, DemoSamples.CardCode })
        {
            await using var session = store.LightweightSession(tenantId);
            if (await session.Events.FetchStreamStateAsync(OpeningBalances.StreamId(account), ct) is null)
                await OpeningBalanceEntry.EnterAsync(session, account, new EnterOpeningBalance(null, null, null), "demo", now, ct);
            try
            {
                var r = await AccountReconciliation.ReportAsync(session, account, null, ct);
                var kinds = string.Join(", ", r.Items.GroupBy(i => i.Kind).Select(g => $"{g.Count()} {g.Key} {g.Sum(i => i.Effect):N2}"));
                output.WriteLine($"Reconciliation {account} on {r.StatementDate:uuuu-MM-dd}: bank {r.BankBalance:N2}, book {r.BookBalance:N2} " +
                                 $"(opening {r.OpeningEntries:N2}), difference {r.Difference:N2} = {(kinds.Length == 0 ? "nothing" : kinds)}; unexplained {r.Unexplained:N2}.");
            }
            catch (DomainException e)
            {
                output.WriteLine($"Reconciliation {account}: {e.Message}");
            }
        }
    }
}
