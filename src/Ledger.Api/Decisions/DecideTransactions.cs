using System.Diagnostics;
using Ledger.Api.Categorization;
using Ledger.Domain;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
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
        var facts = await TransactionFacts.LoadAsync(session, ids, ct);
        // Redelivered or raced: a transaction whose stream already holds a decision is never decided again.
        var pending = ids.Where(id => facts.TryGetValue(id, out var f) && !f.Decided).ToArray();
        if (pending.Length == 0) return retry;

        var now = clock.GetCurrentInstant();
        var ctx = await loader.LoadAsync(session, now, ct);
        var stats = await VendorStatsFor(session, pending.Select(id => facts[id].Imported), ct);
        var receipts = await Ledger.Api.Receipts.ReceiptEvidence.ForTransactionsAsync(session, pending, ct);
        var closedPeriods = await Ledger.Api.Close.ClosedPeriodsLoader.LoadAsync(session, ct);
        var budget = ctx.Budget;
        var llmUsage = new List<object>();
        var decided = new List<DecidedStream>(pending.Length);

        foreach (var id in pending)
        {
            var fact = facts[id];
            try
            {
                var (decidedEvents, nextBudget, llmEvents) = await DecideOne(fact, ctx with { Budget = budget }, stats, receipts.GetValueOrDefault(id), llm, now, ct);
                var events = Ledger.Domain.Close.AutopostHold.Apply(closedPeriods, fact.Imported, decidedEvents, now);
                budget = nextBudget;
                decided.Add(new DecidedStream(id, fact.Version, events));
                if (events[^1] is ReviewRequested review) session.Insert(ReviewQueueProjection.ItemFor(review));
                llmUsage.AddRange(llmEvents);
                DecisionAuditLog.Write(logger, session.TenantId, fact.Imported, events);
                // Counted when built, before Wolverine commits: a batch whose commit fails and is retried counts twice.
                // It is a throughput rate for dashboards; the exact counts are in the events.
                Ledger.Api.Observability.LedgerMetrics.Decisions.WithLabels(OutcomeOf(events)).Inc();
            }
            catch (Exception e) when (pending.Length > 1)
            {
                // One bad transaction must not hold up the batch: it is retried alone, and dead-lettered with its reason if it fails again.
                logger.LogWarning(e, "Deciding {TransactionId} failed; retrying it on its own", id);
                retry.Add(new DecideTransactions([id]));
            }
        }
        DecisionAppend.Queue(session, decided, now);
        if (llmUsage.Count > 0) await AppendLlmUsageAsync(session, budget.Month, llmUsage, ct);
        return retry;
    }

    /// <summary>The metric label of a decision: its last event says what happened to the transaction.</summary>
    static string OutcomeOf(List<object> events) => events[^1] switch
    {
        JournalEntryPosted => "autopost",
        TransferLegCovered => "covered",
        _ => "review",
    };

    static async Task<(List<object> Events, LlmBudgetState Budget, List<object> LlmEvents)> DecideOne(
        TransactionFacts.Fact fact, DecisionContext ctx, IReadOnlyDictionary<string, VendorStats> stats, Ledger.Api.Receipts.ReceiptEvidence? receipt,
        ILlmCategorizer llm, Instant now, CancellationToken ct)
    {
        var t = fact.Imported;
        var clock = Stopwatch.StartNew();
        var input = new CategorizationInput(t.TransactionId, t.Payee, t.Memo, t.Amount, t.BankAccountCode);
        var vendor = Categorizer.VendorKeyOf(input);
        var vendorStats = stats.GetValueOrDefault(vendor);
        var cascade = ctx.CascadeFor(vendorStats?.ToStats());
        var draft = fact.Transfer is { } pair
            ? TransferProposal.Draft(pair, vendor, ctx.Calibrations.Version)
            : Categorizer.Propose(input, cascade);

        var llmEvents = new List<object>();
        var budget = ctx.Budget;
        LlmOutcome? outcome = null;
        if (draft.WantsLlm)
        {
            outcome = await AskLlm(llm, ctx, t, budget, ct);
            draft = Categorizer.WithLlm(draft, outcome, ctx.Calibrations);
            if (outcome.ToRecorded(ctx.Tenant.Id, t.TransactionId, now) is { } call)
            {
                llmEvents.Add(call);
                var (next, exceeded) = budget.Record(call);
                budget = next;
                if (exceeded is not null) llmEvents.Add(exceeded);
            }
        }
        // A receipt already matched to the line is evidence the reviewer sees in the proposal's trace (not a cascade step).
        if (receipt is not null)
            draft = draft with { Trace = [.. draft.Trace, Ledger.Domain.Receipts.ReceiptTrace.Line(receipt.ReceiptId, receipt.Merchant, receipt.Total, receipt.Tax, receipt.MatchedBy)] };
        clock.Stop();

        var proposal = draft.ToEvent(t.TransactionId, outcome, clock.Elapsed.TotalMilliseconds, now, ctx.Categorizer.Version, vendorStats?.LabelsByAccount);
        var lines = ProposedLines(ctx, t, draft.AccountCode);
        var agreeing = draft.AccountCode is null ? 0 : vendorStats?.LabelsByAccount.GetValueOrDefault(draft.AccountCode) ?? 0;
        var inputs = GateInputs.For(draft, agreeing, lines, budget.FallbackActive, ctx.Policy);
        var decision = Gates.Evaluate(inputs, ProposalFacts.From(draft, outcome));
        var events = new List<object> { proposal, new GateEvaluated(t.TransactionId, inputs, decision, now) };
        if (fact.Transfer is { } transfer && (fact.CounterpartEntryId is not null || (decision.AutoPost && !TransferProposal.PostsHere(t.Amount, false))))
            // The movement between own accounts is booked once, on the other leg.
            events.Add(new TransferLegCovered(t.TransactionId, transfer.CounterpartTransactionId, fact.CounterpartEntryId, now));
        else if (decision.AutoPost)
            events.Add(new JournalEntryPosted(Guid.NewGuid(), t.TransactionId, t.PostedOn, lines, t.Payee, Posters.Autopost, "autopost", now));
        else
            events.Add(new ReviewRequested(t.TransactionId, decision.Reasons, t.BankAccountCode, t.PostedOn, t.Amount, t.Payee, draft.VendorKey,
                draft.AccountCode, draft.CalibratedP, draft.Source, now));
        return (events, budget, llmEvents);
    }

    static async Task<LlmOutcome> AskLlm(ILlmCategorizer llm, DecisionContext ctx, TransactionImported t, LlmBudgetState budget, CancellationToken ct)
    {
        if (!llm.IsConfigured) return new LlmOutcome.NotUsed(LlmNotUsedReasons.NotConfigured);
        var check = budget.Check();
        if (!check.Allowed) return new LlmOutcome.NotUsed(check.Reason!);
        var bank = ctx.Tenant.Account(t.BankAccountCode)?.Name ?? t.BankAccountCode;
        return await llm.CategorizeAsync(new LlmRequest(ctx.Tenant.Id, t.Payee, t.Memo, t.Amount, bank, ctx.Tenant.Chart), ct);
    }

    /// <summary>No proposal, or a proposal the journal cannot take, gives no lines: the je_balanced gate then refuses it.</summary>
    static IReadOnlyList<JournalLine> ProposedLines(DecisionContext ctx, TransactionImported t, string? account)
    {
        var bank = ctx.Tenant.Account(t.BankAccountCode);
        var category = account is null ? null : ctx.Tenant.Account(account);
        if (bank is null || category is null || category.Code == bank.Code) return [];
        try { return JournalLines.ForBankTransaction(bank, category, t.Amount, t.Payee); }
        catch (DomainException) { return []; }
    }

    static async Task<IReadOnlyDictionary<string, VendorStats>> VendorStatsFor(IDocumentSession session, IEnumerable<TransactionImported> imported, CancellationToken ct)
    {
        var keys = imported.Select(t => Categorizer.VendorKeyOf(new CategorizationInput(t.TransactionId, t.Payee, t.Memo, t.Amount, t.BankAccountCode)))
            .Distinct().ToArray();
        return (await session.LoadManyAsync<VendorStats>(ct, keys)).ToDictionary(s => s.Id);
    }

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
