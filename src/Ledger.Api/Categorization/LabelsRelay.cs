using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Ledger.Domain.Categorization;
using Marten;
using Wolverine;
using Wolverine.Marten.Subscriptions;

namespace Ledger.Api.Categorization;

/// <summary>
/// Learning follows the labels wherever they come from (reviewer acts, bulk approval, imported history, the jobs'
/// simulated reviews): the async daemon hands new TransactionLabelled events to this subscription, which sends one
/// <see cref="RetrainIfDue"/> per tenant and page, and one <see cref="PromoteRules"/> for the vendors reviewers labelled,
/// to the sequential durable "learning" queue. The daemon records its progress with the outgoing messages, so none is lost
/// in a crash; a message too many only finds nothing due.
/// </summary>
public sealed class LabelsRelay : BatchSubscription
{
    public LabelsRelay() : base("retraining")
    {
        IncludeType<TransactionLabelled>();
    }

    public override async Task ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations, IMessageBus bus, CancellationToken ct)
    {
        foreach (var tenant in page.Events.Where(e => e.Data is TransactionLabelled).GroupBy(e => e.TenantId))
        {
            // Only reviewers' answers promote rules, as they always have; imported history trains, it does not write rules.
            var reviewed = tenant.Select(e => (TransactionLabelled)e.Data).Where(l => l.Source == LabelSources.Review).Select(l => l.VendorKey).Distinct().ToList();
            if (reviewed.Count > 0) await SendWhenStartedAsync(bus, new PromoteRules(reviewed), tenant.Key, ct);
            await SendWhenStartedAsync(bus, new RetrainIfDue(), tenant.Key, ct);
        }
    }

    /// <summary>At start-up the daemon can hand over events a moment before Wolverine's runtime is up: wait for it, briefly.</summary>
    static async Task SendWhenStartedAsync(IMessageBus bus, object message, string tenantId, CancellationToken ct)
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
