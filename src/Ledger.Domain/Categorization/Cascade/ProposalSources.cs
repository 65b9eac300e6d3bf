namespace Ledger.Domain.Categorization;

/// <summary>
/// Where a proposal came from. Stable codes: they are recorded on <c>CategoryProposed</c>, select the calibrator in
/// <see cref="SourceCalibrations"/> and group the evaluation report, so renaming one breaks history.
/// </summary>
public static class ProposalSources
{
    public const string Rule = "rule", VendorHistory = "vendor_history", Model = "model", Llm = "llm", None = "none";

    /// <summary>The product's merchant knowledge base, for a vendor the tenant never labelled.</summary>
    public const string Knowledge = "knowledge";

    /// <summary>A recognised transfer between two of the tenant's own accounts: the other account is the answer.</summary>
    public const string Transfer = "transfer";

    /// <summary>A never-labelled vendor answered from the history of the labelled vendor it is a variant of (generation 8).</summary>
    public const string SimilarVendor = "similar_vendor";

    /// <summary>
    /// The model's answer for a vendor whose own labels disagree near this amount (generation 9): calibrated apart from the
    /// model's other answers, on its own reviewed outcomes, because it is right less often than they are.
    /// </summary>
    public const string MixedVendor = "mixed_vendor";
}
