using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Statements;
using Marten;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Ledger.Api.Decisions;

/// <summary>
/// Every imported transaction reaches a decision without anyone pushing it: the async daemon hands newly stored
/// TransactionImported (and TransferPairReopened) events to this subscription, which sends them in batches to a durable local queue. The daemon
/// records its progress with the outgoing messages, so a crash loses nothing; the handler ignores what is already decided.
/// </summary>
public sealed class ImportedTransactionsRelay : BatchSubscription
{
    /// <summary>
    /// Transactions per decision message, and the relay's page of events. Measured with `bench-decisions` (50,000 transactions,
    /// 8 batches at once), since a batch's events are written with one statement: 250 decided 2,183-2,582/s, 500 2,429-3,466/s
    /// (10 runs, median 3,300; each batch's fixed cost, its context reads and its statements' planning, is shared by more
    /// transactions), 1,000 3,304-3,483/s (3 runs) but with twice the decide latency (p50 0.8-1.1 s, p95 1.4-2.0 s against
    /// 0.5-0.7 s and 0.8-1.0 s) and more memory per batch: not worth it.
    /// </summary>
    public const int BatchSize = 500;

    public ImportedTransactionsRelay() : base("decisions")
    {
        Options.BatchSize = BatchSize;
        IncludeType<TransactionImported>();
        // A reopened transfer leg waits for a fresh decision of its own; the handler skips the leg that was acted on.
        IncludeType<TransferPairReopened>();
    }

    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations, IMessageBus bus, CancellationToken ct)
    {
        foreach (var tenant in page.Events.Where(e => e.Data is TransactionImported or TransferPairReopened).GroupBy(e => e.TenantId))
        foreach (var batch in tenant.Select(e => e.StreamKey!).Distinct().Chunk(BatchSize))
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
