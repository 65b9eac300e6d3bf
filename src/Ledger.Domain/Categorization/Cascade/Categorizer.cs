using System.Globalization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Categorization;

/// <summary>
/// The categorization cascade, as one pure function shared by the production pipeline and the evaluation replay, so
/// the evaluation measures exactly what production does and an auditor can recompute a recorded proposal from its
/// recorded context. Rules first (a person or a consistent run said so), then the vendor's own label history, then the
/// model; the LLM is a separate async step whose answer is folded in by <see cref="WithLlm"/>.
/// No clock, no randomness, no I/O: the same input and context always give an equal <see cref="ProposalDraft"/>.
/// </summary>
public static class Categorizer
{
    /// <summary>
    /// The vendor key the cascade uses. The memo is consulted only when the description names nobody ("unknown"),
    /// because memos are free text that would split a vendor's labels across keys.
    /// </summary>
    public static string VendorKeyOf(CategorizationInput input)
    {
        var key = VendorKey.Normalize(input.Description);
        return key == VendorKey.Unknown && !string.IsNullOrWhiteSpace(input.Memo) ? VendorKey.Normalize(input.Memo) : key;
    }

    public static ProposalDraft Propose(CategorizationInput input, CascadeContext ctx)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(ctx);
        var vendor = VendorKeyOf(input);
        var stats = ctx.VendorStats;
        // Another vendor's stats would silently change every probability; that is a wiring bug, not a data case.
        if (stats is not null && !string.Equals(stats.VendorKey, vendor, StringComparison.Ordinal))
            throw new ArgumentException($"Vendor stats are for '{stats.VendorKey}' but the transaction's vendor key is '{vendor}'.", nameof(ctx));

        var labels = stats?.LabelsByAccount.Values.Sum() ?? 0;
        var trace = new List<string> { Line($"vendor {vendor}: {labels} labels") };
        var found = RuleStep(input, ctx, vendor, labels, trace)
                    ?? HistoryStep(ctx, labels, trace)
                    ?? ModelStep(input, ctx, trace);

        var newVendor = labels == 0;
        var wantsLlm = Decide(found, newVendor, ctx.Options.LlmBelowP, trace);
        return found is null
            ? new ProposalDraft(ProposalSources.None, null, vendor, 0, 0, [], ctx.Model is null ? null : ctx.ModelVersion,
                ctx.Calibrations.Version, null, trace, wantsLlm)
            : new ProposalDraft(found.Source, found.Account, vendor, found.RawP, found.CalibratedP, found.Alternatives,
                found.ModelVersion, ctx.Calibrations.Version, found.RuleId, trace, wantsLlm);
    }

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

    private sealed record Found(string Source, string Account, double RawP, double CalibratedP,
        IReadOnlyList<AccountScore> Alternatives, string? ModelVersion, Guid? RuleId);

    private static Found? RuleStep(CategorizationInput input, CascadeContext ctx, string vendor, int labels, List<string> trace)
    {
        var rule = RuleMatcher.Match(ctx.ActiveRules, vendor, input.Amount);
        if (rule is null)
        {
            trace.Add("rule: none matched");
            return null;
        }
        // A vendor-wide rule is measured by the vendor's labels (rule of succession, (k+1)/(n+2)). A rule narrowed by
        // amount or direction is an exception to the vendor's habit, so the vendor-wide tally says nothing about it.
        string basis;
        double raw;
        if (labels > 0 && rule.Specificity == 0)
        {
            var agreeing = ctx.VendorStats!.LabelsByAccount.GetValueOrDefault(rule.AccountCode);
            raw = (agreeing + 1.0) / (labels + 2.0);
            basis = Line($"{agreeing}/{labels} labels agree");
        }
        else
        {
            raw = ctx.Options.RuleRawP;
            basis = labels == 0 ? "no labels, default" : "narrowed rule, default";
        }
        var calibrated = ctx.Calibrations.Calibrate(ProposalSources.Rule, raw);
        trace.Add(Line($"rule {rule.Id.ToString("N")[..8]} ({rule.Origin.ToString().ToLowerInvariant()} v{rule.Version}{Range(rule)}): {rule.AccountCode} p={raw:F2} (cal {calibrated:F2}), {basis}"));
        return new Found(ProposalSources.Rule, rule.AccountCode, raw, calibrated, [], null, rule.Id);
    }

    private static Found? HistoryStep(CascadeContext ctx, int labels, List<string> trace)
    {
        var min = ctx.Options.VendorHistoryMinLabels;
        var accounts = ctx.VendorStats?.LabelsByAccount.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToList() ?? [];
        if (accounts.Count > 1)
        {
            // One contradiction silences history for good: a vendor that was posted two ways is not one habit.
            trace.Add("vendor history: contradicted (" + string.Join(", ", accounts.Select(p => Line($"{p.Key}x{p.Value}"))) + ")");
            return null;
        }
        if (labels < min)
        {
            trace.Add(Line($"vendor history: {labels} labels, needs {min}"));
            return null;
        }
        var account = accounts[0].Key;
        var raw = (labels + 1.0) / (labels + 2.0); // n agreeing labels do not prove the next agrees
        var calibrated = ctx.Calibrations.Calibrate(ProposalSources.VendorHistory, raw);
        trace.Add(Line($"vendor history: {account} x{labels} p={raw:F2} (cal {calibrated:F2})"));
        return new Found(ProposalSources.VendorHistory, account, raw, calibrated, [], null, null);
    }

    private static Found? ModelStep(CategorizationInput input, CascadeContext ctx, List<string> trace)
    {
        if (ctx.Model is null)
        {
            trace.Add("model: none trained");
            return null;
        }
        // Float softmax can overshoot 1 by an ulp; calibrators refuse anything outside [0, 1].
        var scores = ctx.Model.Predict(input.Features, ctx.Options.ModelTop)
            .Select(s => s with { Probability = Math.Clamp(s.Probability, 0.0, 1.0) }).ToList();
        var top = scores[0];
        var calibrated = ctx.Calibrations.Calibrate(ProposalSources.Model, top.Probability);
        trace.Add(Line($"model {ctx.ModelVersion ?? "(unversioned)"}: {top.AccountCode} p={top.Probability:F2} (cal {calibrated:F2})"));
        return new Found(ProposalSources.Model, top.AccountCode, top.Probability, calibrated, scores.Skip(1).ToList(), ctx.ModelVersion, null);
    }

    /// <summary>
    /// Low confidence or a new vendor asks for the LLM. A matched rule is exempt from the new-vendor reason: a rule
    /// for a vendor nobody has labelled yet was written by a person, and a second opinion would only cost money.
    /// </summary>
    private static bool Decide(Found? found, bool newVendor, double belowP, List<string> trace)
    {
        var p = found?.CalibratedP ?? 0;
        string? reason = found is null ? "no proposal"
            : p < belowP ? Line($"cal p {p:F2} < {belowP:F2}")
            : newVendor && found.Source != ProposalSources.Rule ? "new vendor"
            : null;
        trace.Add(reason is null ? Line($"llm: not needed (cal p {p:F2} >= {belowP:F2})") : $"llm: wanted, {reason}");
        return reason is not null;
    }

    private static string Range(VendorRule r) =>
        (r.MinAmount, r.MaxAmount, r.Direction) switch
        {
            (null, null, null) => "",
            var (min, max, dir) => Line($", {min?.ToString(CultureInfo.InvariantCulture) ?? "0"}..{max?.ToString(CultureInfo.InvariantCulture) ?? "inf"}{(dir is null ? "" : " " + dir.ToString()!.ToLowerInvariant())}"),
        };

    private static string Line(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
