namespace Ledger.Domain.Decisions;

/// <param name="Proposal">The stream's recorded proposal: the <see cref="ProposalFacts"/> the gates named reasons from.</param>
public sealed record RecordedGateDecision(Guid EventId, string TransactionId, GateEvaluated Recorded, CategoryProposed? Proposal = null);

public sealed record GateMismatch(Guid EventId, string TransactionId, GateDecision Recorded, GateDecision Recomputed);

/// <summary>An auditor's check: re-run the gates on the inputs each decision recorded; any difference is a mismatch.</summary>
public static class GateVerification
{
    public static IReadOnlyList<GateMismatch> Verify(IEnumerable<RecordedGateDecision> decisions) =>
        decisions
            .Select(d => (d, recomputed: Gates.Evaluate(d.Recorded.Inputs, d.Proposal is null ? ProposalFacts.Legacy : ProposalFacts.Of(d.Proposal))))
            // A decision recorded before no_proposal and llm_unavailable existed was made by the rule then in force.
            .Where(x => x.recomputed != x.d.Recorded.Decision && Gates.Evaluate(x.d.Recorded.Inputs, ProposalFacts.Legacy) != x.d.Recorded.Decision)
            .Select(x => new GateMismatch(x.d.EventId, x.d.TransactionId, x.d.Recorded.Decision, x.recomputed))
            .ToList();
}
