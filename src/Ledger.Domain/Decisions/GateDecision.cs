namespace Ledger.Domain.Decisions;

/// <summary>
/// The outcome of <see cref="Gates.Evaluate(GateInputs, ProposalFacts)"/>. <paramref name="WouldAutoPost"/> ignores the tenant's
/// opt-in so shadow-mode metrics can show what automation would have done; <paramref name="AutoPost"/> is
/// what actually happens. Equality compares the lists element by element.
/// </summary>
public sealed record GateDecision(
    IReadOnlyList<GateResult> Gates,
    IReadOnlyList<string> Reasons,
    bool WouldAutoPost,
    bool AutoPost,
    int PolicyVersion)
{
    public bool Equals(GateDecision? other) =>
        other is not null
        && Gates.SequenceEqual(other.Gates)
        && Reasons.SequenceEqual(other.Reasons, StringComparer.Ordinal)
        && WouldAutoPost == other.WouldAutoPost
        && AutoPost == other.AutoPost
        && PolicyVersion == other.PolicyVersion;

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var g in Gates) h.Add(g);
        foreach (var r in Reasons) h.Add(r, StringComparer.Ordinal);
        h.Add(WouldAutoPost);
        h.Add(AutoPost);
        h.Add(PolicyVersion);
        return h.ToHashCode();
    }
}
