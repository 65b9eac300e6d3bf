using JasperFx.Events;
using JasperFx.Events.Grouping;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using Ledger.Domain.Metrics;
using Marten;
using Marten.Events.Projections;
using NodaTime;
using Npgsql;

namespace Ledger.Projections.Metrics;

/// <summary>
/// A late answer changes one decision's outcome; it is applied to the day of the PROPOSAL it judges, as
/// "remove <paramref name="Before"/>, add <paramref name="After"/>" (so a second answer replaces the first exactly).
/// Never stored: the grouping makes it from a TransactionLabelled or JournalEntryReversed event.
/// </summary>
public sealed record OutcomeChanged(string TransactionId, DecisionOutcome Before, DecisionOutcome After);

/// <summary>
/// MetricsDaily: one document per tenant (conjoined) and UTC day of the decision.
///
/// Design (exact and rebuildable): decision-time facts (GateEvaluated, ReviewRequested, JournalEntryPosted,
/// LlmCallRecorded) go to the day of their own At. A final answer arrives days later, in another stream, without the
/// proposal's p or account. For each such event at sequence s, the grouping reads that transaction's history from
/// the event store up to s (<see cref="OutcomeLookup"/>), computes the outcome before and after the event with the pure
/// <see cref="OutcomeHistory.Outcome"/>, and routes an <see cref="OutcomeChanged"/> to the proposal's day. The history
/// up to s is immutable, so a rebuild replays the same deltas in the same order and produces identical documents.
/// The correction window decides here whether a reversal corrects an auto-post; changing it needs a rebuild.
/// </summary>
public sealed class MetricsDailyProjection : MultiStreamProjection<MetricsDailyDoc, string>
{
    public Duration CorrectionWindow { get; }

    public MetricsDailyProjection(Func<string, CancellationToken, ValueTask<NpgsqlConnection>> openTenantConnection, Duration? correctionWindow = null)
    {
        CorrectionWindow = correctionWindow ?? OutcomeHistory.DefaultCorrectionWindow;
        var lookup = new OutcomeLookup(openTenantConnection);
        IncludeType<TransactionLabelled>();
        IncludeType<JournalEntryReversed>();
        CustomGrouping((_, events, grouping) => GroupAsync(lookup, events, grouping));
    }

    async Task GroupAsync(OutcomeLookup lookup, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
    {
        var late = new List<(IEvent Event, string Tx)>();
        foreach (var e in events)
        {
            switch (e.Data)
            {
                case GateEvaluated g: grouping.AddEvent(MetricsDailyDoc.KeyFor(g.At), e); break;
                case ReviewRequested r: grouping.AddEvent(MetricsDailyDoc.KeyFor(r.At), e); break;
                case JournalEntryPosted p: grouping.AddEvent(MetricsDailyDoc.KeyFor(p.At), e); break;
                case LlmCallRecorded c: grouping.AddEvent(MetricsDailyDoc.KeyFor(c.At), e); break;
                case TransactionLabelled { Source: LabelSources.Review, TransactionId: { } tx }: late.Add((e, tx)); break;
                case JournalEntryReversed v: late.Add((e, v.TransactionId)); break;
            }
        }
        foreach (var tenant in late.GroupBy(l => l.Event.TenantId))
        {
            var histories = await lookup.LoadAsync(tenant.Key, tenant.Select(l => l.Tx).Distinct().ToList(), tenant.Max(l => l.Event.Sequence), CancellationToken.None);
            foreach (var (e, tx) in tenant)
            {
                var before = OutcomeLookup.Fold(histories[tx], e.Sequence);
                var after = OutcomeLookup.Fold(histories[tx], e.Sequence + 1);
                if (before is null || after is null) continue;   // an answer to a transaction never decided: nothing to judge
                var change = new OutcomeChanged(tx, before.Value.History.Outcome(CorrectionWindow), after.Value.History.Outcome(CorrectionWindow));
                if (change.Before != change.After) grouping.AddEvent(MetricsDailyDoc.KeyFor(after.Value.Day), e.WithData(change));
            }
        }
    }

    public void Apply(MetricsDailyDoc d, GateEvaluated e)
    {
        d.Decided++;
        if (e.Decision.WouldAutoPost) d.WouldAutoPost++;
        if (e.Decision.AutoPost)
        {
            d.AutoPosted++;
            d.Presumed.Add(new DecisionOutcome(OutcomeKind.Presumed, e.Inputs.CalibratedP, true, true), +1);
        }
        foreach (var reason in e.Decision.Reasons) d.ReasonCounts[reason] = d.ReasonCounts.GetValueOrDefault(reason) + 1;
    }

    public void Apply(MetricsDailyDoc d, ReviewRequested e) => d.Queued++;

    public void Apply(MetricsDailyDoc d, JournalEntryPosted e)
    {
        if (e.Lines.Sum(l => l.Debit) != e.Lines.Sum(l => l.Credit)) d.JeImbalanced++;
    }

    public void Apply(MetricsDailyDoc d, LlmCallRecorded e) => d.LlmSpendUsd += e.CostUsd;

    public void Apply(MetricsDailyDoc d, OutcomeChanged e)
    {
        Bucket(d, e.Before).Add(e.Before, -1);
        Bucket(d, e.After).Add(e.After, +1);
    }

    static OutcomeSums Bucket(MetricsDailyDoc d, DecisionOutcome o) => o.Kind == OutcomeKind.Answered ? d.Answered : d.Presumed;
}
