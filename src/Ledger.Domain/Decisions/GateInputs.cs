namespace Ledger.Domain.Decisions;

/// <summary>
/// Everything the gates look at, recorded verbatim with the decision so an auditor can re-run
/// <see cref="Gates.Evaluate(GateInputs, ProposalFacts)"/> and get the same answer. Equality compares the proposed lines element by
/// element (records alone would compare the list by reference).
/// </summary>
public sealed record GateInputs(
    int VendorConsistentLabels,
    double CalibratedP,
    IReadOnlyList<JournalLine> ProposedLines,
    bool BudgetFallbackActive,
    TenantPolicy Policy)
{
    public bool Equals(GateInputs? other) =>
        other is not null
        && VendorConsistentLabels == other.VendorConsistentLabels
        && CalibratedP.Equals(other.CalibratedP)
        && ProposedLines.SequenceEqual(other.ProposedLines)
        && BudgetFallbackActive == other.BudgetFallbackActive
        && Policy == other.Policy;

    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(VendorConsistentLabels);
        h.Add(CalibratedP);
        foreach (var line in ProposedLines) h.Add(line);
        h.Add(BudgetFallbackActive);
        h.Add(Policy);
        return h.ToHashCode();
    }
}
