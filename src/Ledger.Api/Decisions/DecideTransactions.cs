using System.Diagnostics;
using Ledger.Api.Categorization;
using Ledger.Domain;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Receipts;
using Ledger.Projections.Categorization;
using Ledger.Projections.Review;
using Marten;
using NodaTime;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Runtime;
using Wolverine.Runtime.Handlers;

namespace Ledger.Api.Decisions;

/// <summary>Decide a batch of imported transactions of one tenant: propose, gate, then post or queue each.</summary>
public sealed record DecideTransactions(IReadOnlyList<string> TransactionIds);

public static class DecideTransactionsHandler
{
    /// <summary>
    /// A batch that keeps failing (a transaction it cannot read, or one whose row breaks a constraint at commit) is split into
    /// single transactions after its retries, so only the one that fails alone reaches the dead-letter queue with its reason,
    /// and the rest of the batch is decided. A transaction whose deciding throws is taken out by the handler itself (below),
    /// so the batch's other decisions, and their LLM calls, are not made again.
    /// </summary>
    public static void Configure(HandlerChain chain) =>
        chain.OnException<Exception>().RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(500))
            .Then.CustomAction(SplitOrDeadLetterAsync, "split a failing batch into single transactions; dead-letter a single one");

    static async ValueTask SplitOrDeadLetterAsync(IWolverineRuntime runtime, IEnvelopeLifecycle lifecycle, Exception failure)
    {
        if (lifecycle.Envelope is { Message: DecideTransactions { TransactionIds.Count: > 1 } batch } envelope)
        {
            runtime.LoggerFactory.CreateLogger<DecideTransactions>().LogWarning(failure,
                "A batch of {Count} transactions kept failing; deciding them one by one", batch.TransactionIds.Count);
            // A fresh context: the failed attempt's session and transaction are gone. Sent before the batch is completed, so a
            // crash in between redelivers the batch, whose decided transactions are then skipped.
            var bus = new MessageContext(runtime);
            foreach (var id in batch.TransactionIds.Distinct())
                await bus.SendAsync(new DecideTransactions([id]), new DeliveryOptions { TenantId = envelope.TenantId });
            await bus.FlushOutgoingMessagesAsync();
            await lifecycle.CompleteAsync();
            return;
        }
        await lifecycle.MoveToDeadLetterQueueAsync(failure);
    }

    public static async Task<OutgoingMessages> Handle(DecideTransactions cmd, IDocumentSession session, CategorizerContextLoader loader,
        ILlmCategorizer llm, IClock clock, ILogger<DecideTransactions> logger, CancellationToken ct)
    {
        var retry = new OutgoingMessages();
        var ids = cmd.TransactionIds.Distinct().ToArray();
        // Not while an import of the tenant is pairing transfers: the batch would decide a leg a pair is being recorded on. A
        // batch that may wait on the LLM does not hold the tenant's imports back that long; a pair recorded meanwhile makes it
        // collide on the stream version, and it is decided again on fresh facts (TransferPairingTurn).
        if (!llm.IsConfigured) await Ledger.Api.Import.TransferPairingTurn.ShareAsync(session, ct);
        var read = await TransferPairLocks.TakeAsync(session, await TransactionFacts.LoadAsync(session, ids, ct), ids, ct);
        var batch = new DecisionBatch(read);
        // Redelivered or raced: a transaction whose stream already holds its decision is never decided again.
        var pending = ids.Where(id => batch.State(id)?.NeedsDecision == true).ToArray();
        if (pending.Length == 0) return retry;

        var now = clock.GetCurrentInstant();
        var ctx = await loader.LoadAsync(session, now, ct);
        var stats = await VendorStatsFor(session, pending.Select(id => batch.State(id)!), ct);
        var receipts = await Ledger.Api.Receipts.ReceiptEvidence.ForTransactionsAsync(session, pending, ct);
        var closedPeriods = await Ledger.Api.Close.PeriodCloseTurn.ShareAsync(session, ctx.Tenant, ct);
        var budget = ctx.Budget;
        var llmUsage = new List<object>();
        foreach (var id in pending)
        {
            var state = batch.State(id)!;
            try
            {
                var facts = Facts(ctx, state, batch.State(state.Transfer?.CounterpartTransactionId), stats, budget, now) with
                {
                    ReceiptLine = receipts.GetValueOrDefault(id) is { } r ? ReceiptTrace.Line(r.ReceiptId, r.Merchant, r.Total, r.Tax, r.MatchedBy) : null,
                    Closed = closedPeriods,
                };
                var watch = Stopwatch.StartNew();
                var draft = TransactionDecider.Propose(facts);
                var answer = draft.WantsLlm ? await AskLlm(llm, ctx, state, budget, ct) : null;
                var decision = TransactionDecider.Decide(facts, draft, answer, watch.Elapsed.TotalMilliseconds);
                budget = decision.Budget;
                batch.Append(id, decision.Events);
                if (decision.CounterpartId is { } other) batch.Append(other, decision.CounterpartEvents);
                foreach (var e in decision.Events.Concat(decision.CounterpartEvents)) ReviewQueueProjection.Apply(session, e, decision: true);
                llmUsage.AddRange(decision.LlmEvents);
                DecisionAuditLog.Write(logger, session.TenantId, state, decision.Events);
                // Counted when built, before Wolverine commits: a batch whose commit fails and is retried counts twice.
                // It is a throughput rate for dashboards; the exact counts are in the events.
                Ledger.Api.Observability.LedgerMetrics.Decisions.WithLabels(decision.Kind).Inc();
            }
            catch (Exception e) when (pending.Length > 1)
            {
                // One bad transaction must not hold up the batch: it is retried alone, and dead-lettered with its reason if it fails again.
                logger.LogWarning(e, "Deciding {TransactionId} failed; retrying it on its own", id);
                retry.Add(new DecideTransactions([id]));
            }
        }
        DecisionAppend.Queue(session, batch.Streams, now);
        if (llmUsage.Count > 0) await AppendLlmUsageAsync(session, budget.Month, llmUsage, ct);
        return retry;
    }

    static DecisionFacts Facts(DecisionContext ctx, TransactionLifecycle state, TransactionLifecycle? counterpart,
        BatchVendorStats stats, LlmBudgetState budget, Instant now)
    {
        var vendor = VendorKeyOf(state);
        var vendorStats = stats.Own.GetValueOrDefault(vendor)?.ToStats();
        var similar = stats.Similar.GetValueOrDefault(vendor)?.ToStats();
        return new DecisionFacts(ctx.Tenant.Id, state, counterpart, ctx.CascadeFor(vendorStats, similar), ctx.Policy, ctx.Tenant.Chart, budget, ctx.Categorizer.Version,
            now, Guid.NewGuid());
    }

    static async Task<LlmOutcome> AskLlm(ILlmCategorizer llm, DecisionContext ctx, TransactionLifecycle t, LlmBudgetState budget, CancellationToken ct)
    {
        if (!llm.IsConfigured) return new LlmOutcome.NotUsed(LlmNotUsedReasons.NotConfigured);
        var check = budget.Check();
        if (!check.Allowed) return new LlmOutcome.NotUsed(check.Reason!);
        var bank = ctx.Tenant.Account(t.BankAccountCode)?.Name ?? t.BankAccountCode;
        return await llm.CategorizeAsync(new LlmRequest(ctx.Tenant.Id, t.Payee, t.Memo, t.Amount, bank, ctx.Tenant.Chart), ct);
    }

    static string VendorKeyOf(TransactionLifecycle t) => Categorizer.VendorKeyOf(new CategorizationInput(t.TransactionId, t.Payee, t.Memo, t.Amount, t.BankAccountCode));

    /// <summary>
    /// The batch's vendors' stats, and from cascade generation 8, for each vendor never labelled, the stats of the labelled
    /// vendor it is a variant of (every candidate shares its first token, so one query over the batch's first tokens finds them).
    /// </summary>
    static async Task<BatchVendorStats> VendorStatsFor(IDocumentSession session, IEnumerable<TransactionLifecycle> pending, CancellationToken ct)
    {
        var keys = pending.Select(VendorKeyOf).Distinct().ToArray();
        var stats = (await session.LoadManyAsync<VendorStats>(ct, keys)).ToDictionary(s => s.Id);
        var similars = new Dictionary<string, VendorStats>(StringComparer.Ordinal);
        var unlabelled = keys.Where(k => !stats.ContainsKey(k)).ToArray();
        if (CascadeOptions.Default.Generation < CascadeOptions.SimilarVendorsFrom || unlabelled.Length == 0) return new(stats, similars);
        // One round trip for the batch: Marten's batched query sends every first token's lookup together.
        var lookups = session.CreateBatchQuery();
        var byLead = unlabelled.Select(SimilarVendors.Lead).Distinct().ToDictionary(lead => lead, lead =>
        {
            var prefix = lead + "-";
            return lookups.Query<VendorStats>().Where(s => s.Id == lead || s.Id.StartsWith(prefix)).ToList();
        });
        await lookups.Execute(ct);
        var candidates = byLead.SelectMany(l => l.Value.Result).ToLookup(c => SimilarVendors.Lead(c.Id));
        foreach (var key in unlabelled)
        {
            var alike = candidates[SimilarVendors.Lead(key)].ToList();
            if (SimilarVendors.Best(key, alike.Select(c => (c.Id, c.TotalLabels))) is { } similar)
                similars[key] = alike.First(c => c.Id == similar);
        }
        return new(stats, similars);
    }

    /// <summary>A batch's vendors' own stats, and for a vendor never labelled the stats of the labelled vendor it is a variant of.</summary>
    sealed record BatchVendorStats(IReadOnlyDictionary<string, VendorStats> Own, IReadOnlyDictionary<string, VendorStats> Similar);

    public static string LlmUsageStream(YearMonth month) => $"llm-usage-{month.Year:D4}-{month.Month:D2}";

    /// <summary>LLM calls and cap events go to the tenant's stream for the month, started by its first call.</summary>
    static async Task AppendLlmUsageAsync(IDocumentSession session, YearMonth month, List<object> events, CancellationToken ct)
    {
        var stream = LlmUsageStream(month);
        if (await session.Events.FetchStreamStateAsync(stream, ct) is null) session.Events.StartStream<LlmUsageLog>(stream, events);
        else session.Events.Append(stream, events);
    }
}

/// <summary>Stream type of a tenant's monthly LLM usage stream.</summary>
public sealed class LlmUsageLog
{
    public string Id { get; set; } = "";
}
