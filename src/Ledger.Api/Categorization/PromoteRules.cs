using Ledger.Domain.Categorization.Rules;
using Ledger.Projections.Categorization;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Api.Categorization;

/// <summary>Reviewers labelled these vendors of the message's tenant: promote or retire their rules if the labels say so.</summary>
public sealed record PromoteRules(IReadOnlyList<string> VendorKeys);

/// <summary>
/// Rule promotion follows the reviewers' labels through the labels relay, like retraining, instead of happening inside
/// the reviewer's act: the tenant's categorizer stream is shared by everyone, and writing it from each act made reviewers
/// approving different transactions fail each other with 409s. This handler runs on the sequential "learning" queue with
/// retraining; a person's rule or training saved meanwhile makes the append fail, and the retry decides on fresh state.
/// </summary>
public static class PromoteRulesHandler
{
    public static async Task Handle(PromoteRules cmd, IDocumentSession session, IClock clock, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct);
        if (tenant is null) return;
        // VendorStats is inline with the labels, so it holds every label the relay has handed over.
        var stats = await session.LoadManyAsync<VendorStats>(ct, cmd.VendorKeys.Distinct().ToArray());
        var stream = await CategorizerStream.FetchForWritingAsync(session, ct);
        var events = RuleChanges.For(stats.Select(s => s.ToStats()), stream?.Aggregate?.ActiveRules ?? [], tenant.Limits.ColdStartMinLabels,
            Guid.NewGuid, clock.GetCurrentInstant());
        if (events.Count == 0) return;
        if (stream is null) CategorizerStream.Start(session, [.. events]);
        else stream.AppendMany(events);
    }
}
