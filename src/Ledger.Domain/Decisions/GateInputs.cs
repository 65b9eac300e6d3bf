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
    /// <summary>
    /// The proposal's source (a <c>ProposalSources</c> code): it picks an earned threshold, and a <c>knowledge</c> answer for a
    /// vendor never labelled stands in for the vendor's own labels. Null in decisions recorded before it was.
    /// </summary>
    public string? Source { get; init; }

    /// <summary>What the gates need from a proposal, as the pipeline records it.</summary>
    public static GateInputs For(Categorization.ProposalDraft draft, int vendorConsistentLabels, IReadOnlyList<JournalLine> lines,
        bool budgetFallbackActive, TenantPolicy policy) =>
        new(vendorConsistentLabels, draft.CalibratedP, lines, budgetFallbackActive, policy) { Source = draft.Source };

    public bool Equals(GateInputs? other) =>
        other is not null
        && Source == other.Source
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
        h.Add(Source);
        return h.ToHashCode();
    }
}
