using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using NodaTime;

namespace Ledger.Domain.Tests.Decisions;

/// <summary>
/// A transaction nothing proposed an account for is queued as no_proposal (it used to read as an unbalanced entry), and one
/// whose LLM was down says llm_unavailable; both come from the pure gates and replay from what was recorded.
/// </summary>
public class ProposalFactsTests
{
    static readonly TenantPolicy Policy = new(0.9, 3, AutopostEnabled: false, Version: 1);
    static readonly GateInputs Nothing = new(0, 0, [], false, Policy);
    static readonly Instant At = Instant.FromUtc(2026, 11, 2, 9, 0);

    static CategoryProposed Proposal(string? account, params string[] trace) =>
        new("tx-1", account is null ? ProposalSources.None : ProposalSources.Model, account, "ACME", 0, 0, [], null, "cal-1", null, null, 0m, trace, 1, At);

    static ProposalDraft Draft(string? account) =>
        new(account is null ? ProposalSources.None : ProposalSources.Model, account, "ACME", 0.5, 0.5, [], null, "cal-1", null, [], WantsLlm: true);

    [Fact]
    public void No_proposal_is_its_own_reason_not_an_unbalanced_entry()
    {
        var d = Gates.Evaluate(Nothing, ProposalFacts.From(Draft(null), null));
        Assert.Contains(ReasonCode.NoProposal, d.Reasons);
        Assert.DoesNotContain(ReasonCode.JeImbalance, d.Reasons);

        // A proposal whose entry cannot be built is still je_imbalance.
        Assert.Contains(ReasonCode.JeImbalance, Gates.Evaluate(Nothing, ProposalFacts.From(Draft("6100"), null)).Reasons);
    }

    [Theory]
    [InlineData(LlmNotUsedReasons.Unavailable, true)]
    [InlineData(LlmNotUsedReasons.Timeout, true)]
    [InlineData("error: http 503", true)]
    [InlineData("error: cancelled", false)]
    [InlineData("invalid_answer: no JSON object in reply", false)]
    [InlineData(LlmNotUsedReasons.TenantBudgetExceeded, false)]
    [InlineData(LlmNotUsedReasons.NotConfigured, false)]
    public void Llm_unavailable_comes_from_the_outcome_and_replays_from_the_recorded_trace(string reason, bool unavailable)
    {
        var outcome = new LlmOutcome.NotUsed(reason);
        var draft = Categorizer.WithLlm(Draft("6100"), outcome, SourceCalibrations.Identity with { Version = "cal-1" });
        var atDecision = ProposalFacts.From(draft, outcome);
        var atAudit = ProposalFacts.Of(Proposal("6100", [.. draft.Trace]));

        Assert.Equal(unavailable, atDecision.LlmUnavailable);
        Assert.Equal(atDecision, atAudit);
        var inputs = new GateInputs(5, 0.95, [new("6100", 1m, 0m, null), new("1000", 0m, 1m, null)], false, Policy);
        var decision = Gates.Evaluate(inputs, atDecision);
        Assert.Equal(unavailable, decision.Reasons.Contains(ReasonCode.LlmUnavailable));
        // The cascade wanted a second opinion it could not get: not auto-posted on its word alone.
        Assert.Equal(!unavailable, decision.WouldAutoPost);
    }

    [Fact]
    public void Verification_accepts_decisions_recorded_before_these_reasons_and_catches_a_changed_one()
    {
        var proposal = Proposal(null, "llm: not used (timeout); keeping none");
        var legacy = new GateEvaluated("tx-1", Nothing, Gates.Evaluate(Nothing), At);   // je_imbalance, as recorded before
        var current = new GateEvaluated("tx-1", Nothing, Gates.Evaluate(Nothing, ProposalFacts.Of(proposal)), At);
        Assert.Equal([ReasonCode.ColdStartVendor, ReasonCode.BelowThreshold, ReasonCode.NoProposal, ReasonCode.LlmUnavailable, ReasonCode.AutopostDisabled],
            current.Decision.Reasons);

        Assert.Empty(GateVerification.Verify([new(Guid.NewGuid(), "tx-1", legacy, proposal), new(Guid.NewGuid(), "tx-1", current, proposal)]));
        var tampered = current with { Decision = current.Decision with { Reasons = [.. current.Decision.Reasons.Where(r => r != ReasonCode.LlmUnavailable)] } };
        Assert.Single(GateVerification.Verify([new(Guid.NewGuid(), "tx-1", tampered, proposal)]));
    }
}
