using Ledger.Domain.Close;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using NodaTime;
using static Ledger.Domain.Tests.Lifecycle.LegKit;

namespace Ledger.Domain.Tests.Decisions;

/// <summary>The decision step as a pure function: facts in (state, other leg, cascade context, policy, budget), events out.</summary>
public class TransactionDeciderTests
{
    static readonly TenantPolicy On = new(0.8, 3, AutopostEnabled: true, Version: 2);
    static readonly TenantPolicy Shadow = On with { AutopostEnabled = false };

    /// <summary>A vendor labelled five times to one account: vendor history proposes it at 6/7 ≈ 0.857 and the vendor is warm.</summary>
    static VendorLabelStats Warm(TransactionLifecycle t, string account) =>
        new(Categorizer.VendorKeyOf(new CategorizationInput(t.TransactionId, t.Payee, t.Memo, t.Amount, t.BankAccountCode)),
            new Dictionary<string, int> { [account] = 5 }, Enumerable.Repeat(account, 5).ToList());

    static DecisionFacts Facts(TransactionLifecycle t, TenantPolicy policy, VendorLabelStats? stats = null, TransactionLifecycle? other = null,
        LlmBudgetState? budget = null) =>
        new("tenant-1", t, other, new CascadeContext([], stats, null, null, SourceCalibrations.Identity, CascadeOptions.Default), policy, Chart,
            budget ?? LlmBudgetState.Start("tenant-1", new YearMonth(2026, 11), 50m, 500m), 4, At, Guid.NewGuid());

    static TransactionDecision Decide(DecisionFacts f, LlmOutcome? llm = null) => TransactionDecider.Decide(f, TransactionDecider.Propose(f), llm, 1.5);

    static TransactionLifecycle Staples => Fold(Imported("t", "1000", -31.15m, "STAPLES 0042 SPRINGFIELD IL"));

    [Fact]
    public void Passing_gates_post_a_balanced_entry_by_autopost_and_record_what_they_compared()
    {
        var d = Decide(Facts(Staples, On, Warm(Staples, "6300")));
        Assert.Equal([typeof(CategoryProposed), typeof(GateEvaluated), typeof(JournalEntryPosted)], d.Events.Select(e => e.GetType()));
        Assert.Equal(DecisionKinds.Autopost, d.Kind);
        var gate = d.Events.OfType<GateEvaluated>().Single();
        Assert.Equal(Gates.Evaluate(gate.Inputs), gate.Decision);   // an auditor re-running the gates gets the same answer
        Assert.Equal((5, 2), (gate.Inputs.VendorConsistentLabels, gate.Decision.PolicyVersion));
        var posted = d.Events.OfType<JournalEntryPosted>().Single();
        Assert.Equal((Posters.Autopost, "6300"), (posted.PostedBy, posted.Lines[0].AccountCode));
        Assert.Equal(new Dictionary<string, decimal> { ["6300"] = 31.15m, ["1000"] = -31.15m }, Balances([posted]));
        Assert.Equal(4, d.Events.OfType<CategoryProposed>().Single().CategorizerVersion);
    }

    [Fact]
    public void Gates_that_would_post_into_a_closed_month_send_the_line_to_a_person_with_the_proposal()
    {
        var month = ClosedPeriods.PeriodOf(Staples.PostedOn);
        var (first, last) = ClosedPeriods.Parse(month);
        var closed = ClosedPeriods.From([new PeriodClosed(month, first, last, "reconciled", new Dictionary<string, decimal>(), "ann", At)]);
        var held = Decide(Facts(Staples, On, Warm(Staples, "6300")) with { Closed = closed });
        var review = Assert.IsType<ReviewRequested>(held.Events[^1]);
        Assert.Equal([AutopostHold.Reason], review.Reasons);
        Assert.Equal("6300", review.ProposedAccountCode);
        Assert.True(held.Events.OfType<GateEvaluated>().Single().Decision.AutoPost);   // the gates stand as recorded
        Assert.Empty(held.Events.OfType<JournalEntryPosted>());

        var reopened = ClosedPeriods.From([new PeriodClosed(month, first, last, "reconciled", new Dictionary<string, decimal>(), "ann", At),
            new PeriodReopened(month, "late statement", "ann", At)]);
        Assert.IsType<JournalEntryPosted>(Decide(Facts(Staples, On, Warm(Staples, "6300")) with { Closed = reopened }).Events[^1]);
    }

    [Fact]
    public void Under_the_policy_gates_that_would_post_into_a_closed_month_post_into_the_first_open_one()
    {
        var month = ClosedPeriods.PeriodOf(Staples.PostedOn);
        var (first, last) = ClosedPeriods.Parse(month);
        var closed = ClosedPeriods.From([new PeriodClosed(month, first, last, "reconciled", new Dictionary<string, decimal>(), "ann", At)]) with { PostsIntoFirstOpen = true };
        var d = Decide(Facts(Staples, On, Warm(Staples, "6300")) with { Closed = closed });
        Assert.Equal(DecisionKinds.Autopost, d.Kind);
        var posted = Assert.IsType<JournalEntryPosted>(d.Events[^1]);
        Assert.Equal((last.PlusDays(1), Staples.PostedOn, month), (posted.EntryDate, posted.MovedFrom!.OriginalDate, posted.MovedFrom.ClosedPeriod));
        Assert.Equal(new Dictionary<string, decimal> { ["6300"] = 31.15m, ["1000"] = -31.15m }, Balances([posted]));
    }

    [Fact]
    public void A_failing_gate_queues_the_transaction_with_every_reason()
    {
        var shadow = Decide(Facts(Staples, Shadow, Warm(Staples, "6300")));
        Assert.Equal([ReasonCode.AutopostDisabled], Assert.IsType<ReviewRequested>(shadow.Events[^1]).Reasons);
        Assert.True(shadow.Events.OfType<GateEvaluated>().Single().Decision.WouldAutoPost);

        var cold = Decide(Facts(Staples, On), new LlmOutcome.NotUsed(LlmNotUsedReasons.NotConfigured));
        var queued = Assert.IsType<ReviewRequested>(cold.Events[^1]);
        Assert.Equal([ReasonCode.ColdStartVendor, ReasonCode.BelowThreshold, ReasonCode.NoProposal], queued.Reasons);
        Assert.Null(queued.ProposedAccountCode);
        Assert.Equal(DecisionKinds.Review, cold.Kind);
    }

    [Fact]
    public void An_llm_that_was_down_when_asked_is_its_own_reason()
    {
        var down = Decide(Facts(Staples, On), new LlmOutcome.NotUsed(LlmNotUsedReasons.Timeout));
        Assert.Equal([ReasonCode.ColdStartVendor, ReasonCode.BelowThreshold, ReasonCode.NoProposal, ReasonCode.LlmUnavailable],
            Assert.IsType<ReviewRequested>(down.Events[^1]).Reasons);
    }

    [Fact]
    public void A_threshold_the_proposal_source_earned_is_the_one_its_confidence_must_reach()
    {
        // Vendor history proposes 6300 at 6/7 ≈ 0.857: below a 0.9 template threshold, above the 0.85 the source earned.
        var strict = On with { AutopostThreshold = 0.9 };
        Assert.IsType<ReviewRequested>(Decide(Facts(Staples, strict, Warm(Staples, "6300"))).Events[^1]);
        var earned = strict with { EarnedThresholds = [new EarnedThreshold(ProposalSources.VendorHistory, 0.85)] };
        var d = Decide(Facts(Staples, earned, Warm(Staples, "6300")));
        Assert.IsType<JournalEntryPosted>(d.Events[^1]);
        Assert.Equal(ProposalSources.VendorHistory, d.Events.OfType<GateEvaluated>().Single().Inputs.Source);
    }

    [Fact]
    public void A_matched_receipt_is_the_last_line_of_the_proposal_trace()
    {
        var line = Ledger.Domain.Receipts.ReceiptTrace.Line(Ledger.Domain.Receipts.ReceiptIds.ForFile(new string('a', 64)), "Staples", 31.15m, 2.10m, "amount+date");
        var d = Decide(Facts(Staples, Shadow, Warm(Staples, "6300")) with { ReceiptLine = line });
        Assert.Equal(line, d.Events.OfType<CategoryProposed>().Single().Trace[^1]);
        Assert.Equal("6300", d.Events.OfType<CategoryProposed>().Single().AccountCode);
    }

    [Fact]
    public void An_llm_answer_becomes_the_proposal_and_its_cost_is_recorded_against_the_budget()
    {
        var call = Guid.NewGuid();
        var f = Facts(Staples, On);
        Assert.True(TransactionDecider.Propose(f).WantsLlm);
        var d = Decide(f, new LlmOutcome.Answered("6300", 0.95, "office supplies", "fake-gpt", 1000, 10, 30m, Duration.FromMilliseconds(5), call));
        Assert.Equal(("llm", "6300", call), (d.Events.OfType<CategoryProposed>().Single().Source, d.Events.OfType<CategoryProposed>().Single().AccountCode,
            d.Events.OfType<CategoryProposed>().Single().LlmCallId));
        Assert.Equal(call, Assert.IsType<LlmCallRecorded>(Assert.Single(d.LlmEvents)).CallId);
        Assert.Equal(30m, d.Budget.TenantSpentUsd);
    }

    [Fact]
    public void A_decided_transaction_is_never_decided_again()
    {
        var decided = Staples.Then(Decide(Facts(Staples, Shadow, Warm(Staples, "6300"))).Events);
        Assert.False(decided.NeedsDecision);
        Assert.Throws<InvalidOperationException>(() => Decide(Facts(decided, Shadow)));
    }

    static (TransactionLifecycle Pay, TransactionLifecycle Card) Undecided() =>
        (Fold(Imported("pay", "1000", -500m, "PAYMENT TO CARD"), Detected("pay", "card", "2100", -500m)),
         Fold(Imported("card", "2100", 500m, "PAYMENT THANK YOU"), Detected("card", "pay", "1000", 500m)));

    [Theory]
    [InlineData("pay")]
    [InlineData("card")]
    public void The_first_transfer_leg_through_the_gates_books_the_transfer_once_and_the_other_is_covered(string first)
    {
        var (pay, card) = Undecided();
        var (a, b) = first == "pay" ? (pay, card) : (card, pay);
        var one = Decide(Facts(a, On, Warm(a, b.BankAccountCode), b));
        Assert.Equal("transfer", one.Events.OfType<CategoryProposed>().Single().Source);
        var posted = one.Events.OfType<JournalEntryPosted>().Single();
        Assert.Equal(new Dictionary<string, decimal> { ["2100"] = 500m, ["1000"] = -500m }, Balances([posted]));
        Assert.Equal(b.TransactionId, one.CounterpartId);
        Assert.Equal(new TransferLegCovered(b.TransactionId, a.TransactionId, posted.EntryId, At), Assert.Single(one.CounterpartEvents));

        b = b.Then(one.CounterpartEvents);
        var two = Decide(Facts(b, On, Warm(b, a.BankAccountCode), a.Then(one.Events)));
        Assert.Equal([typeof(CategoryProposed), typeof(GateEvaluated)], two.Events.Select(e => e.GetType()));
        Assert.Equal(DecisionKinds.Covered, two.Kind);
        Assert.Empty(two.CounterpartEvents);
        Assert.Equal((TransactionStatus.CoveredByTransfer, false), (b.Then(two.Events).Status, b.Then(two.Events).NeedsDecision));
    }

    [Fact]
    public void In_shadow_mode_both_legs_wait_in_the_queue_proposing_the_transfer()
    {
        var (pay, card) = Undecided();
        var p = Decide(Facts(pay, Shadow, Warm(pay, "2100"), card));
        var c = Decide(Facts(card, Shadow, Warm(card, "1000"), pay.Then(p.Events)));
        Assert.Equal(("2100", "1000"), (Assert.IsType<ReviewRequested>(p.Events[^1]).ProposedAccountCode, Assert.IsType<ReviewRequested>(c.Events[^1]).ProposedAccountCode));
        Assert.Empty(p.CounterpartEvents.Concat(c.CounterpartEvents));
    }

    [Theory]
    [InlineData(false, ReopenReasons.CounterpartBookedElsewhere)]
    [InlineData(true, ReopenReasons.CounterpartExcluded)]
    public void A_pairing_the_other_leg_contradicts_is_reopened_and_the_leg_is_proposed_on_its_own(bool excluded, string reason)
    {
        var (pay, card) = Undecided();
        object happened = excluded
            ? new Ledger.Domain.Review.TransactionExcluded("pay", "duplicate", null, "rita", At)
            : new JournalEntryPosted(Guid.NewGuid(), "pay", Day, [new("6000", 500m, 0, null), new("1000", 0, 500m, null)], "X", Posters.Autopost, "autopost", At);
        var d = Decide(Facts(card, Shadow, Warm(card, "4000"), pay.Evolve(happened)));
        var reopened = Assert.IsType<TransferPairReopened>(d.Events[0]);
        Assert.Equal((reason, "card"), (reopened.Reason, reopened.ActedOnTransactionId));
        Assert.Equal(("pay", "card"), (d.CounterpartId, ((TransferPairReopened)Assert.Single(d.CounterpartEvents)).ActedOnTransactionId));
        Assert.Equal("vendor_history", d.Events.OfType<CategoryProposed>().Single().Source);
        Assert.Equal("4000", Assert.IsType<ReviewRequested>(d.Events[^1]).ProposedAccountCode);
    }

    [Fact]
    public void A_reopened_leg_is_never_proposed_to_the_other_legs_account_and_the_proposal_still_verifies()
    {
        var (pay, card) = Undecided();
        card = card.Evolve(new TransferPairReopened("card", "pay", "pay", ReopenReasons.Recategorized, "rita", At));
        Assert.Equal("1000", card.ReopenedFromAccount);
        var f = Facts(card, On, Warm(card, "1000"));   // its history says 1000, from the transfers it used to be
        var draft = TransactionDecider.Propose(f);
        Assert.Equal((ProposalSources.None, null, true), (draft.Source, draft.AccountCode, draft.WantsLlm));
        Assert.StartsWith("not 1000", draft.Trace[^1]);

        // An LLM answer naming it is dropped as well; any other answer is taken.
        var call = Guid.NewGuid();
        LlmOutcome Says(string account) => new LlmOutcome.Answered(account, 0.97, "x", "fake-gpt", 10, 1, 0.01m, Duration.Zero, call);
        var dropped = TransactionDecider.Decide(f, draft, Says("1000"), 1);
        Assert.IsType<ReviewRequested>(dropped.Events[^1]);
        Assert.Null(dropped.Events.OfType<CategoryProposed>().Single().AccountCode);
        var taken = TransactionDecider.Decide(f, draft, Says("4000"), 1).Events.OfType<CategoryProposed>().Single();
        Assert.Equal(("llm", "4000"), (taken.Source, taken.AccountCode));

        foreach (var recorded in new[] { dropped.Events.OfType<CategoryProposed>().Single(), taken })
            Assert.Null(ProposalVerification.Verify(new RecordedProposal(Guid.NewGuid(), recorded, f.Input, null, "fake-gpt", card.ReopenedFromAccount),
                f.Cascade with { VendorStats = null }));
    }
}
