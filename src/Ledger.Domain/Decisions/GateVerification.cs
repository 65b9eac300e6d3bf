namespace Ledger.Domain.Decisions;

public sealed record RecordedGateDecision(Guid EventId, string TransactionId, GateEvaluated Recorded);

public sealed record GateMismatch(Guid EventId, string TransactionId, GateDecision Recorded, GateDecision Recomputed);

/// <summary>An auditor's check: re-run the gates on the inputs each decision recorded; any difference is a mismatch.</summary>
public static class GateVerification
{
    public static IReadOnlyList<GateMismatch> Verify(IEnumerable<RecordedGateDecision> decisions) =>
        decisions
            .Select(d => (d, recomputed: Gates.Evaluate(d.Recorded.Inputs)))
            .Where(x => x.recomputed != x.d.Recorded.Decision)
            .Select(x => new GateMismatch(x.d.EventId, x.d.TransactionId, x.d.Recorded.Decision, x.recomputed))
            .ToList();
}
