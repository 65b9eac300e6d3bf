using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Ledger.Domain.Statements;
using Marten;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Ledger.Api.Decisions;

/// <summary>
/// Every imported transaction reaches a decision without anyone pushing it: the async daemon hands newly stored
/// TransactionImported events to this subscription, which sends them in batches to a durable local queue. The daemon
/// records its progress with the outgoing messages, so a crash loses nothing; the handler ignores what is already decided.
/// </summary>
public sealed class ImportedTransactionsRelay : BatchSubscription
{
    /// <summary>
    /// Transactions per decision message. Measured with `bench-decisions` (50,000 transactions, 8 batches at once), since a
    /// batch's events are written with one statement: 250 decided 2,183-2,582/s, 500 2,906-3,036/s, 1,000 3,051-3,082/s
    /// (each batch's fixed cost, its context reads and its statements' planning, is shared by more transactions).
    /// </summary>
    public const int BatchSize = 1000;

    public ImportedTransactionsRelay() : base("decisions")
    {
        IncludeType<TransactionImported>();
    }

    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations, IMessageBus bus, CancellationToken ct)
    {
        foreach (var tenant in page.Events.Where(e => e.Data is TransactionImported).GroupBy(e => e.TenantId))
        foreach (var batch in tenant.Select(e => e.StreamKey!).Chunk(BatchSize))
            await SendWhenStartedAsync(bus, new DecideTransactions(batch), tenant.Key, ct);
    }

    /// <summary>At start-up the daemon can hand over events a moment before Wolverine's runtime is up: wait for it, briefly.</summary>
    static async Task SendWhenStartedAsync(IMessageBus bus, DecideTransactions message, string tenantId, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await bus.SendAsync(message, new DeliveryOptions { TenantId = tenantId });
                return;
            }
            catch (WolverineHasNotStartedException) when (attempt < 240)
            {
                await Task.Delay(250, ct);
            }
        }
    }
}
