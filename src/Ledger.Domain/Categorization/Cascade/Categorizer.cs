using System.Globalization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Categorization;

/// <summary>
/// The categorization cascade, as one pure function shared by the production pipeline and the evaluation replay, so
/// the evaluation measures exactly what production does and an auditor can recompute a recorded proposal from its
/// recorded context. Rules first (a person or a consistent run said so), then the vendor's own label history, then (for a
/// vendor never labelled) the product's merchant knowledge against the model, else the model; the LLM is a separate async
/// step whose answer is folded in by <see cref="WithLlm"/>.
/// No clock, no randomness, no I/O: the same input and context always give an equal <see cref="ProposalDraft"/>.
/// </summary>
public static class Categorizer
{
    /// <summary>
    /// The vendor key the cascade uses. The memo is consulted only when the description names nobody ("unknown"),
    /// because memos are free text that would split a vendor's labels across keys.
    /// </summary>
    public static string VendorKeyOf(CategorizationInput input) => VendorKeyOf(input, CascadeOptions.Default.Generation);

    /// <summary>The vendor key as the given cascade generation computed it (see <see cref="VendorKey.Normalize(string, int)"/>).</summary>
    public static string VendorKeyOf(CategorizationInput input, int cascadeGeneration)
    {
        var key = VendorKey.Normalize(input.Description, cascadeGeneration);
        return key == VendorKey.Unknown && !string.IsNullOrWhiteSpace(input.Memo) ? VendorKey.Normalize(input.Memo, cascadeGeneration) : key;
    }

    public static ProposalDraft Propose(CategorizationInput input, CascadeContext ctx)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ctx);
        var vendor = VendorKeyOf(input, ctx.Options.Generation);
        var stats = ctx.VendorStats;
        // Another vendor's stats would silently change every probability; that is a wiring bug, not a data case.
        if (stats is not null && !string.Equals(stats.VendorKey, vendor, StringComparison.Ordinal))
            throw new ArgumentException($"Vendor stats are for '{stats.VendorKey}' but the transaction's vendor key is '{vendor}'.", nameof(ctx));
        if (ctx.SimilarVendor is { } similar && (stats is not null || SimilarVendors.Shared(vendor, similar.VendorKey) == 0))
            throw new ArgumentException($"'{similar.VendorKey}' is not a labelled vendor that '{vendor}' is a new variant of.", nameof(ctx));

        var labels = stats?.LabelsByAccount.Values.Sum() ?? 0;
        var trace = new List<string> { Line($"vendor {vendor}: {labels} labels") };
        var second = ctx.Options.Generation >= 2;
        var mixed = false;
        var found = CascadeSteps.Rule(input, ctx, vendor, labels, trace)
                    ?? (second ? HistorySteps.Conditional(input, ctx, labels, trace, out mixed) : HistorySteps.Tally(ctx, labels, trace))
                    ?? (second && labels == 0 ? ColdStart(input, ctx, trace)
                        : CascadeSteps.Model(input, ctx, trace, mixed && ctx.Options.Generation >= CascadeOptions.MixedVendorsFrom ? ProposalSources.MixedVendor : ProposalSources.Model));

        var newVendor = labels == 0;
        var similarAsked = second && newVendor && ctx.SimilarVendor is not null && ctx.Options.Generation >= CascadeOptions.SimilarVendorsFrom;
        var wantsLlm = Decide(found, newVendor, ctx.Options.LlmBelowP, trace);
        var draft = found is null
            ? new ProposalDraft(ProposalSources.None, null, vendor, 0, 0, [], ctx.Model is null ? null : ctx.ModelVersion,
                ctx.Calibrations.Version, null, trace, wantsLlm)
            : new ProposalDraft(found.Source, found.Account, vendor, found.RawP, found.CalibratedP, found.Alternatives,
                found.ModelVersion, ctx.Calibrations.Version, found.RuleId, trace, wantsLlm);
        return second
            ? draft with
            {
                CascadeGeneration = ctx.Options.Generation, KnowledgeVersion = ctx.Knowledge?.Base.Version, VendorHistory = stats?.Labels,
                SimilarVendor = similarAsked ? ctx.SimilarVendor!.VendorKey : null, SimilarVendorHistory = similarAsked ? ctx.SimilarVendor!.Labels : null,
            }
            : draft;
    }

    /// <summary>A vendor never labelled: from generation 8 the labelled vendor it is a variant of answers too.</summary>
    private static CascadeAnswer? ColdStart(CategorizationInput input, CascadeContext ctx, List<string> trace) =>
        CascadeSteps.ColdStart(input, ctx, trace,
            ctx.Options.Generation >= CascadeOptions.SimilarVendorsFrom ? HistorySteps.Similar(input, ctx, trace) : null);

    /// <summary>
    /// Folds the LLM outcome into a draft. An answer whose calibrated confidence beats the draft's (or any answer when
    /// the cascade had none) becomes the proposal and the displaced account becomes the first alternative; otherwise,
    /// and for every NotUsed reason (timeout, budget, not configured...), the draft stays and the trace says why.
    /// </summary>
    /// <param name="calibrations">Must be the version the draft was calibrated with, or the two p's would not be comparable.</param>
    public static ProposalDraft WithLlm(ProposalDraft draft, LlmOutcome outcome, SourceCalibrations calibrations)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(outcome);
        if (calibrations.Version != draft.CalibrationVersion)
            throw new ArgumentException($"The draft was calibrated with {draft.CalibrationVersion}, not {calibrations.Version}.", nameof(calibrations));

        switch (outcome)
        {
            case LlmOutcome.Answered a:
                var raw = Math.Clamp(a.Confidence, 0.0, 1.0);
                var calibrated = calibrations.Calibrate(ProposalSources.Llm, raw);
                var answer = Line($"llm {a.Model}: {a.AccountCode} p={raw:F2} (cal {calibrated:F2})");
                if (draft.AccountCode is not null && !(calibrated > draft.CalibratedP))
                    return draft with { Trace = [.. draft.Trace, Line($"{answer} does not beat {draft.Source} {draft.AccountCode} cal {draft.CalibratedP:F2}; keeping {draft.Source}")] };
                IEnumerable<AccountScore> displaced = draft.AccountCode is null ? [] : [new AccountScore(draft.AccountCode, draft.RawP)];
                var alternatives = displaced.Concat(draft.Alternatives)
                    .Where(s => s.AccountCode != a.AccountCode).DistinctBy(s => s.AccountCode).ToList();
                var why = draft.AccountCode is null ? "the cascade had no proposal" : Line($"beats {draft.Source} {draft.AccountCode} cal {draft.CalibratedP:F2}");
                return draft with
                {
                    Source = ProposalSources.Llm, AccountCode = a.AccountCode, RawP = raw, CalibratedP = calibrated,
                    Alternatives = alternatives, RuleId = null, Trace = [.. draft.Trace, $"{answer} {why}; llm proposes"],
                };
            case LlmOutcome.NotUsed n:
                return draft with { Trace = [.. draft.Trace, $"llm: not used ({n.Reason}); keeping {draft.Source}"] };
            default:
                throw new ArgumentOutOfRangeException(nameof(outcome), outcome.GetType().Name, "Unknown LLM outcome.");
        }
    }

    /// <summary>
    /// Low confidence or a new vendor asks for the LLM. A matched rule is exempt from the new-vendor reason: a rule
    /// for a vendor nobody has labelled yet was written by a person, and a second opinion would only cost money. So is a
    /// sure answer of the knowledge base: it is there to answer new vendors before the LLM, at no cost.
    /// </summary>
    private static bool Decide(CascadeAnswer? found, bool newVendor, double belowP, List<string> trace)
    {
        var p = found?.CalibratedP ?? 0;
        string? reason = found is null ? "no proposal"
            : p < belowP ? Line($"cal p {p:F2} < {belowP:F2}")
            : newVendor && found.Source is not (ProposalSources.Rule or ProposalSources.Knowledge) ? "new vendor"
            : null;
        trace.Add(reason is null ? Line($"llm: not needed (cal p {p:F2} >= {belowP:F2})") : $"llm: wanted, {reason}");
        return reason is not null;
    }

    internal static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
