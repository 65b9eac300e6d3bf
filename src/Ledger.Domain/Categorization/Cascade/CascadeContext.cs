using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Categorization;

/// <summary>
/// Everything a proposal depends on besides the transaction. Each part is versioned or recorded (rule ids and
/// versions, the vendor's label tally, model version, calibration version, options), so a recorded proposal can be
/// recomputed by loading the same parts and calling <see cref="Categorizer.Propose"/> again.
/// </summary>
/// <param name="VendorStats">Labels of THIS transaction's vendor key (<see cref="Categorizer.VendorKeyOf"/>); null = never seen.</param>
/// <param name="Model">The tenant's classifier; null before the first training (then the rules and history are all there is).</param>
public sealed record CascadeContext(
    IReadOnlyList<VendorRule> ActiveRules,
    VendorLabelStats? VendorStats,
    ClassifierModel? Model,
    string? ModelVersion,
    SourceCalibrations Calibrations,
    CascadeOptions Options)
{
    /// <summary>The shipped merchant knowledge and this tenant's kinds → accounts; null: no knowledge step.</summary>
    public KnowledgeContext? Knowledge { get; init; }

    /// <summary>
    /// Labels of the tenant's labelled vendor this transaction's never-labelled vendor is a variant of
    /// (<see cref="SimilarVendors.Best"/>); null: none, or the vendor has labels of its own. Read from generation 8.
    /// </summary>
    public VendorLabelStats? SimilarVendor { get; init; }
}

/// <summary>The product's merchant knowledge base with one tenant's mapping of its kinds onto that tenant's chart.</summary>
public sealed record KnowledgeContext(MerchantKnowledge Base, KindMap Map);
