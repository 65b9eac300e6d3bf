namespace Ledger.Domain.Decisions.WhatIf;

/// <summary>
/// One recorded decision as a what-if replays it: the gate inputs as GateEvaluated recorded them (calibrated p, source,
/// the vendor's consistent labels, lines, budget state, the policy then), the reasons recorded (they say whether there was a
/// proposal and whether the LLM was unavailable), the proposed account and the final answer (null while unknown).
/// </summary>
public sealed record RecordedDecision(string TransactionId, GateInputs Inputs, IReadOnlyList<string> RecordedReasons, string? Proposed, string? Final)
{
    /// <summary>The gates re-run on the recorded inputs under <paramref name="policy"/>: no model, no LLM, nothing rerun but the gates.</summary>
    public GateDecision Under(TenantPolicy policy) =>
        Gates.Evaluate(Inputs with { Policy = policy },
            new ProposalFacts(!RecordedReasons.Contains(ReasonCode.NoProposal), RecordedReasons.Contains(ReasonCode.LlmUnavailable)));
}

/// <summary>
/// A policy to replay: the threshold and cold-start minimum replace the recorded ones. A threshold given replaces the earned
/// per-source thresholds too (the operator asks about one number); left out, each decision keeps the thresholds it had.
/// </summary>
public sealed record PolicyProposal(double? Threshold, int? ColdStartMinLabels)
{
    /// <summary>The policy in force of a tenant that opted in to earned thresholds keeps them beside its threshold.</summary>
    public bool KeepEarned { get; init; }

    public TenantPolicy Apply(TenantPolicy recorded) => recorded with
    {
        AutopostThreshold = Threshold ?? recorded.AutopostThreshold,
        ColdStartMinLabels = ColdStartMinLabels ?? recorded.ColdStartMinLabels,
        EarnedThresholds = Threshold is null || KeepEarned ? recorded.EarnedThresholds : null,
    };
}
