using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Ledger.Projections.Categorization;
using Marten;
using NodaTime;

namespace Ledger.Api.Review;

/// <summary>
/// Labels from reviewer acts and the rule changes they cause. VendorStats is an inline projection, so it only sees
/// these labels at SaveChanges; the promotion decision is taken now on a copy with the new labels added, which is
/// what the projection will hold after the save.
/// </summary>
public sealed class ReviewLabels(IDocumentSession session)
{
    readonly Dictionary<string, VendorStats> touched = new();

    public async Task AddAsync(TransactionLabelled label, CancellationToken ct)
    {
        if (!touched.TryGetValue(label.VendorKey, out var stats))
        {
            // A lightweight session has no identity map: this copy is ours and never written back.
            stats = await session.LoadAsync<VendorStats>(label.VendorKey, ct) ?? new VendorStats { Id = label.VendorKey };
            touched[label.VendorKey] = stats;
        }
        stats.Add(label);
    }

    public async Task ApplyRuleChangesAsync(int minConsistentLabels, Instant now, CancellationToken ct)
    {
        if (touched.Count == 0) return;
        var categorizer = await session.LoadAsync<CategorizerState>(CategorizerStreams.Id, ct);
        var rules = categorizer?.ActiveRules ?? [];
        var events = new List<object>();
        foreach (var stats in touched.Values)
        {
            // Amount-bounded rules are narrow exceptions; promotion competes only with the vendor's general rule.
            var general = RuleMatcher.Match(rules.Where(r => r.Specificity == 0), stats.Id, 0m);
            switch (RulePromotion.Decide(stats.ToStats(), minConsistentLabels, general))
            {
                case RuleChange.Promote p:
                    var rule = new VendorRule(Guid.NewGuid(), p.VendorKey, p.AccountCode, null, null, null, RuleOrigin.Promoted, 1);
                    events.Add(new RulePromoted(rule, p.BasedOnLabels, now));
                    break;
                case RuleChange.Retire r:
                    events.Add(new RuleRetired(r.RuleId, stats.Id, r.Reason, r.ContradictingLabels, now));
                    break;
            }
        }
        if (events.Count == 0) return;
        // Fetched for writing so two reviewers promoting at once cannot both add a rule: the second save gets a 409.
        // A tenant without history has no categorizer stream yet: start it (a racing start fails on the stream's key).
        if (await session.Events.FetchStreamStateAsync(CategorizerStreams.Id, ct) is null)
            session.Events.StartStream<CategorizerState>(CategorizerStreams.Id, events);
        else (await session.Events.FetchForWriting<CategorizerState>(CategorizerStreams.Id, ct)).AppendMany(events);
    }
}
