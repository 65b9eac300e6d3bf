using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions.Earned;

namespace Ledger.Domain.Categorization;

/// <summary>A labelled transaction in the order it was posted: the bank line and the account it was given.</summary>
public sealed record PostedLabel(CategorizationInput Input, string AccountCode);

/// <summary>
/// Honest outcomes for the sources that do not need a model (vendor history, the knowledge base): walking the labels in
/// time order, the cascade (without a model or rules, identity calibration) is asked before it learns each label, exactly
/// as it would have been asked live, and scored by <see cref="CalibrationEvidence"/>. Calibration for those sources is fitted on
/// these, in production and in replays alike.
/// </summary>
public static class CascadeReplay
{
    public static Dictionary<string, List<(double RawP, bool Correct)>> Outcomes(
        IEnumerable<PostedLabel> labelsInTimeOrder, KnowledgeContext? knowledge, CascadeOptions? options = null, VendorLabelMemory? memory = null)
    {
        memory ??= new VendorLabelMemory();
        var asked = new List<AnsweredProposal>();
        options ??= CascadeOptions.Default;
        foreach (var label in labelsInTimeOrder)
        {
            var vendor = Categorizer.VendorKeyOf(label.Input, options.Generation);
            if (Ask(label, memory, knowledge, options) is { } o)
                asked.Add(new AnsweredProposal(new ReviewedProposal(o.Source, o.RawP, o.Account, label.AccountCode, vendor, label.Input.Amount), o.RawP));
            memory.Learn(vendor, label.AccountCode, label.Input.Amount);
        }
        // Scored as the earned thresholds are: a label the reviewers went back on is not the source's error (decision 33).
        var outcomes = CalibrationEvidence.Of(asked);
        foreach (var source in (string[])[ProposalSources.VendorHistory, ProposalSources.Knowledge, ProposalSources.SimilarVendor])
            if (!outcomes.ContainsKey(source)) outcomes[source] = [];
        return outcomes;
    }

    /// <summary>What the model-free cascade says of one label before learning it, when history or knowledge answers.</summary>
    public static (string Source, string Account, double RawP)? Ask(PostedLabel label, VendorLabelMemory memory, KnowledgeContext? knowledge, CascadeOptions options)
    {
        // Keyed as the replayed generation keys it, or the stats would be another key's (the cascade refuses that).
        var vendor = Categorizer.VendorKeyOf(label.Input, options.Generation);
        var stats = memory.Stats(vendor);
        var ctx = new CascadeContext([], stats, null, null, SourceCalibrations.Identity, options)
        {
            Knowledge = knowledge, SimilarVendor = SimilarOf(vendor, stats, memory, options),
        };
        var draft = Categorizer.Propose(label.Input, ctx);
        return draft.Source is ProposalSources.VendorHistory or ProposalSources.Knowledge or ProposalSources.SimilarVendor
            ? (draft.Source, draft.AccountCode!, draft.RawP)
            : null;
    }

    /// <summary>The labelled vendor a never-labelled vendor is a variant of, for the generations that ask (8 on).</summary>
    public static VendorLabelStats? SimilarOf(string vendor, VendorLabelStats? stats, VendorLabelMemory memory, CascadeOptions options) =>
        stats is null && options.Generation >= CascadeOptions.SimilarVendorsFrom ? memory.Similar(vendor) : null;
}
