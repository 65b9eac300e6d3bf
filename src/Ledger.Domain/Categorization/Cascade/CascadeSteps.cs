using System.Globalization;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;
using static Ledger.Domain.Categorization.Categorizer;

namespace Ledger.Domain.Categorization;

/// <summary>One step's answer: the account, its raw and calibrated p, the alternatives and what it was computed with.</summary>
internal sealed record CascadeAnswer(string Source, string Account, double RawP, double CalibratedP,
    IReadOnlyList<AccountScore> Alternatives, string? ModelVersion, Guid? RuleId);

/// <summary>The rule, knowledge and model steps of <see cref="Categorizer.Propose"/>; each adds its trace line.</summary>
internal static class CascadeSteps
{
    public static CascadeAnswer? Rule(CategorizationInput input, CascadeContext ctx, string vendor, int labels, List<string> trace)
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
        return new CascadeAnswer(ProposalSources.Rule, rule.AccountCode, raw, calibrated, [], null, rule.Id);
    }

    /// <param name="source">Whose calibrator reads the model's p: <see cref="ProposalSources.MixedVendor"/> for a mixed vendor from generation 9.</param>
    public static CascadeAnswer? Model(CategorizationInput input, CascadeContext ctx, List<string> trace, string source = ProposalSources.Model)
    {
        if (ctx.Model is null)
        {
            trace.Add("model: none trained");
            return null;
        }
        // Float softmax can overshoot 1 by an ulp; calibrators refuse anything outside [0, 1].
        var scores = ctx.Model.Predict(input.Features, ctx.Options.ModelTop, ctx.Knowledge?.Base)
            .Select(s => s with { Probability = Math.Clamp(s.Probability, 0.0, 1.0) }).ToList();
        var top = scores[0];
        var calibrated = ctx.Calibrations.Calibrate(ProposalSources.Model, top.Probability);
        // A mixed vendor's answer is the model's on cases harder than its average: never surer than the model's calibrator says.
        if (source != ProposalSources.Model) calibrated = Math.Min(calibrated, ctx.Calibrations.Calibrate(source, top.Probability));
        var how = source == ProposalSources.Model ? "" : $" as {source}";
        trace.Add(Line($"model {ctx.ModelVersion ?? "(unversioned)"}: {top.AccountCode} p={top.Probability:F2} (cal {calibrated:F2}{how})"));
        return new CascadeAnswer(source, top.AccountCode, top.Probability, calibrated, scores.Skip(1).ToList(), ctx.ModelVersion, null);
    }

    /// <summary>
    /// A vendor the tenant never labelled: the knowledge base and the model both answer, and the higher calibrated p
    /// proposes (the model on a tie: it speaks for this tenant's own books), except that from generation 5 a sure knowledge
    /// entry overrules an unsure model; the other's account becomes an alternative.
    /// </summary>
    public static CascadeAnswer? ColdStart(CategorizationInput input, CascadeContext ctx, List<string> trace, CascadeAnswer? similar = null)
    {
        var known = Knowledge(input, ctx, trace);
        var model = Model(input, ctx, trace);
        return Similar(similar, KnowledgeOrModel(known, model, ctx, trace), ctx, trace);
    }

    /// <summary>
    /// Generation 8: the history of the labelled vendor this one is a variant of proposes when its calibrated p is higher
    /// than the knowledge-or-model answer's (that answer on a tie); the other's account becomes an alternative.
    /// </summary>
    private static CascadeAnswer? Similar(CascadeAnswer? similar, CascadeAnswer? other, CascadeContext ctx, List<string> trace)
    {
        if (similar is null || other is null) return similar ?? other;
        var (winner, loser) = similar.CalibratedP > other.CalibratedP ? (similar, other) : (other, similar);
        trace.Add(Line($"cold start: {winner.Source} {winner.Account} (cal {winner.CalibratedP:F2}) over {loser.Source} {loser.Account} (cal {loser.CalibratedP:F2})"));
        return Displacing(winner, loser, ctx) with { ModelVersion = other.ModelVersion };
    }

    private static CascadeAnswer? KnowledgeOrModel(CascadeAnswer? known, CascadeAnswer? model, CascadeContext ctx, List<string> trace)
    {
        if (known is null || model is null) return known ?? model;
        // Generation 5: a model unsure of a vendor it never saw is outvoted by a sure knowledge entry, even when the model's
        // calibrated p is higher: its calibrator was fitted mostly on vendors it knew (measured: docs/decisions.md 33).
        var overrule = ctx.Options.Generation >= CascadeOptions.KnowledgeArbitratesFrom && known.Account != model.Account
                       && known.RawP >= ctx.Options.KnowledgeSureP && model.RawP < ctx.Options.ModelUnsureP;
        var (winner, loser) = overrule || known.CalibratedP > model.CalibratedP ? (known, model) : (model, known);
        trace.Add(overrule
            ? Line($"cold start: knowledge {known.Account} (p {known.RawP:F2} >= {ctx.Options.KnowledgeSureP:F2}) over an unsure model {model.Account} (p {model.RawP:F2} < {ctx.Options.ModelUnsureP:F2})")
            : Line($"cold start: {winner.Source} {winner.Account} (cal {winner.CalibratedP:F2}) over {loser.Source} {loser.Account} (cal {loser.CalibratedP:F2})"));
        return Displacing(winner, loser, ctx) with { ModelVersion = model.ModelVersion };
    }

    /// <summary>The winner of a cold-start arbitration, with the loser's account first among its alternatives.</summary>
    private static CascadeAnswer Displacing(CascadeAnswer winner, CascadeAnswer loser, CascadeContext ctx)
    {
        IEnumerable<AccountScore> displaced = [new AccountScore(loser.Account, loser.RawP)];
        var alternatives = displaced.Concat(winner.Alternatives).Concat(loser.Alternatives)
            .Where(a => a.AccountCode != winner.Account).DistinctBy(a => a.AccountCode).Take(ctx.Options.ModelTop - 1).ToList();
        return winner with { Alternatives = alternatives };
    }

    public static CascadeAnswer? Knowledge(CategorizationInput input, CascadeContext ctx, List<string> trace)
    {
        if (ctx.Knowledge is not { } k)
        {
            trace.Add("knowledge: not loaded");
            return null;
        }
        var text = string.IsNullOrWhiteSpace(input.Memo) ? input.Description : input.Description + " " + input.Memo;
        if (k.Base.Match(text, input.Amount) is not { } hit)
        {
            trace.Add(Line($"knowledge {k.Base.Version}: no entry matches"));
            return null;
        }
        if (k.Map.For(hit.Entry.Kind) is not { } account)
        {
            trace.Add(Line($"knowledge {k.Base.Version} {hit.Entry.Id} ('{hit.Phrase}'): {hit.Entry.Kind} has no account in this chart"));
            return null;
        }
        var raw = hit.Entry.P * account.Confidence;
        var calibrated = ctx.Calibrations.Calibrate(ProposalSources.Knowledge, raw);
        trace.Add(Line($"knowledge {k.Base.Version} {hit.Entry.Id} ('{hit.Phrase}'): {hit.Entry.Kind} -> {account.AccountCode} {account.AccountName} p={raw:F2} (cal {calibrated:F2})"));
        return new CascadeAnswer(ProposalSources.Knowledge, account.AccountCode, raw, calibrated, [], null, null);
    }

    private static string Range(VendorRule r) =>
        (r.MinAmount, r.MaxAmount, r.Direction) switch
        {
            (null, null, null) => "",
            var (min, max, dir) => Line($", {min?.ToString(CultureInfo.InvariantCulture) ?? "0"}..{max?.ToString(CultureInfo.InvariantCulture) ?? "inf"}{(dir is null ? "" : " " + dir.ToString()!.ToLowerInvariant())}"),
        };
}
