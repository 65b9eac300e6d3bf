using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Ledger.Domain.Statements;
using Marten;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Ledger.Api.Receipts;

/// <summary>
/// A receipt that came before its statement is matched when the statement arrives: the async daemon hands each committed
/// StatementImported (written last in an import's transaction, so its lines are all there) to this subscription, which
/// sends one <see cref="MatchOpenReceipts"/> per tenant and page to the durable local queue "receipts" (routed by
/// configuration, LedgerHost: a route found by convention can be missing while a node starts). Its own shard: the decision
/// relay never waits for it.
/// </summary>
public sealed class ReceiptsRelay : BatchSubscription
{
    public ReceiptsRelay() : base("receipts")
    {
        IncludeType<StatementImported>();
    }

    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations, IMessageBus bus, CancellationToken ct)
    {
        foreach (var tenant in page.Events.Where(e => e.Data is StatementImported { Imported: > 0, From: not null, To: not null }).GroupBy(e => e.TenantId))
        {
            var imports = tenant.Select(e => (StatementImported)e.Data).ToList();
            var message = new MatchOpenReceipts(imports.Min(i => i.From!.Value), imports.Max(i => i.To!.Value));
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await bus.SendAsync(message, new DeliveryOptions { TenantId = tenant.Key });
                    break;
                }
                catch (WolverineHasNotStartedException) when (attempt < 240)
                {
                    // At start-up the daemon can hand over events a moment before Wolverine's runtime is up.
                    await Task.Delay(250, ct);
                }
            }
        }
    }
}
