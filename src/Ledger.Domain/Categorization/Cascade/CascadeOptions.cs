namespace Ledger.Domain.Categorization;

/// <summary>The cascade's knobs. Part of the recorded context: a recomputation must use the same values.</summary>
public sealed record CascadeOptions
{
    /// <summary>
    /// Which cascade: 1 is the cascade before the knowledge base (history as one all-time tally, one contradiction silences
    /// it); 2 adds the knowledge step and history conditioned on direction, amount and recency; 3 keys an ACH line by its
    /// originator's name instead of "orig" (<see cref="VendorKey.AchNamesFrom"/>); 4 lets history follow a vendor moved to another
    /// account (<see cref="RecencyFrom"/>); 5 lets a sure knowledge entry win a cold-start disagreement with an unsure model
    /// (<see cref="KnowledgeArbitratesFrom"/>); 6 keys a vendor without what follows a phone or store number, without a state
    /// after a one-word name and without long references (<see cref="VendorKey.VariantsFrom"/>), so a vendor's variants share its labels;
    /// 7 keys like 5, except that a payee that is nothing but a code keys by it (<see cref="VendorKey.PayeeCodesFrom"/>); 8 keys like 7 and asks a
    /// never-labelled vendor's similar labelled vendor (<see cref="SimilarVendorsFrom"/>); 9 is 8 with the model's answer for a vendor
    /// whose own labels disagree calibrated as its own source (<see cref="MixedVendorsFrom"/>). Recorded on every proposal
    /// (<c>CategoryProposed.CascadeGeneration</c>, absent = 1), so a proposal is recomputed by the cascade that made it.
    /// </summary>
    /// <remarks>
    /// Production proposes with generation 9 (docs/decisions.md 54; 8 before, decision 50; 7 before that, decision 44). Generation 6 won on the development feeds it was built from but lost on the
    /// held-out feeds (heldout-a: top-1 97.11% → 97.07%, precision at 0.90 99.02% → 98.84%, the 99.5% frontier 91.1% → 77.5%:
    /// dropping references merged a mixed vendor's distinct lines into one history), so it is replayable
    /// (`evaluate --generation 6`) but not in force (docs/decisions.md 40).
    /// </remarks>
    public int Generation { get; init; } = MixedVendorsFrom;

    /// <summary>The generation from which vendor history follows a vendor moved to another account.</summary>
    public const int RecencyFrom = 4;

    /// <summary>
    /// The generation from which, at cold start, a knowledge entry of raw p ≥ <see cref="KnowledgeSureP"/> wins a disagreement
    /// with a model of raw p below <see cref="ModelUnsureP"/>, whatever their calibrated p (docs/decisions.md 33).
    /// </summary>
    public const int KnowledgeArbitratesFrom = 5;

    /// <summary>
    /// The generation from which a vendor the tenant never labelled is answered from the history of the labelled vendor its
    /// key is a variant of (<see cref="SimilarVendors"/>), as its own calibrated source, before knowledge and the model.
    /// </summary>
    public const int SimilarVendorsFrom = 8;

    /// <summary>
    /// The generation from which the model's answer for a vendor whose comparable labels disagree (history passed as "mixed")
    /// is the source <see cref="ProposalSources.MixedVendor"/>: its own calibrator, fitted only on its own reviewed outcomes
    /// (identity until it has 30), instead of the model's, which the model's holdout rows (mostly vendors it knows) make too
    /// sure for these (docs/decisions.md 54).
    /// </summary>
    public const int MixedVendorsFrom = 9;

    /// <summary>Raw p from which a knowledge entry is sure enough to overrule an unsure model at cold start (generation 5).</summary>
    public double KnowledgeSureP { get; init; } = 0.80;

    /// <summary>Raw p of the model below which a sure knowledge entry overrules it at cold start (generation 5).</summary>
    public double ModelUnsureP { get; init; } = 0.95;

    /// <summary>
    /// Labels of the vendor (in the transaction's direction) its history needs before it answers without the model. One in
    /// generation 2: the model is refitted every few hundred labels, so a vendor's first label is fresher than the model
    /// (measured: docs/decisions.md 13). Three in generation 1.
    /// </summary>
    public int VendorHistoryMinLabels { get; init; } = 1;

    /// <summary>Ask the LLM when the best calibrated p is below this (or the vendor is new).</summary>
    public double LlmBelowP { get; init; } = 0.80;

    /// <summary>
    /// Raw p of a matched rule when the vendor's labels cannot measure it (no labels yet, or the rule is narrowed by
    /// amount/direction so the vendor-wide tally says nothing about its range). A person or a consistent run wrote it.
    /// </summary>
    public double RuleRawP { get; init; } = 0.97;

    /// <summary>How many accounts the model returns: the top one plus alternatives for the reviewer.</summary>
    public int ModelTop { get; init; } = 3;

    public static CascadeOptions Default { get; } = new();

    /// <summary>The cascade every proposal recorded without a generation was made with.</summary>
    public static CascadeOptions Generation1 { get; } = new() { Generation = 1, VendorHistoryMinLabels = 3 };

    public static CascadeOptions ForGeneration(int? generation) => generation is null or 1 ? Generation1 : Default with { Generation = generation.Value };
}
