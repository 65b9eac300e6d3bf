using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Categorization;

/// <summary>A labelled transaction in the order it was posted: the bank line and the account it was given.</summary>
public sealed record PostedLabel(CategorizationInput Input, string AccountCode);

/// <summary>
/// Honest outcomes for the sources that do not need a model (vendor history, the knowledge base): walking the labels in
/// time order, the cascade (without a model or rules, identity calibration) is asked before it learns each label, exactly
/// as it would have been asked live. Calibration for those sources is fitted on these, in production and in replays alike.
/// </summary>
public static class CascadeReplay
{
    public static Dictionary<string, List<(double RawP, bool Correct)>> Outcomes(
        IEnumerable<PostedLabel> labelsInTimeOrder, KnowledgeContext? knowledge, CascadeOptions? options = null, VendorLabelMemory? memory = null)
    {
        memory ??= new VendorLabelMemory();
        var outcomes = new Dictionary<string, List<(double, bool)>>(StringComparer.Ordinal)
        {
            [ProposalSources.VendorHistory] = [], [ProposalSources.Knowledge] = [],
        };
        foreach (var label in labelsInTimeOrder)
        {
            var outcome = Ask(label, memory, knowledge, options ?? CascadeOptions.Default);
            if (outcome is { } o) outcomes[o.Source].Add((o.RawP, o.Correct));
            memory.Learn(Categorizer.VendorKeyOf(label.Input), label.AccountCode, label.Input.Amount);
        }
        return outcomes;
    }

    /// <summary>What the model-free cascade says of one label before learning it, when history or knowledge answers.</summary>
    public static (string Source, double RawP, bool Correct)? Ask(PostedLabel label, VendorLabelMemory memory, KnowledgeContext? knowledge, CascadeOptions options)
    {
        var vendor = Categorizer.VendorKeyOf(label.Input);
        var ctx = new CascadeContext([], memory.Stats(vendor), null, null, SourceCalibrations.Identity, options) { Knowledge = knowledge };
        var draft = Categorizer.Propose(label.Input, ctx);
        return draft.Source is ProposalSources.VendorHistory or ProposalSources.Knowledge
            ? (draft.Source, draft.RawP, draft.AccountCode == label.AccountCode)
            : null;
    }
}
