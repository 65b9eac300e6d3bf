using System.Globalization;

namespace Ledger.Domain.Decisions;

/// <summary>
/// The auto-post gates. Pure: same inputs, same decision, so a recorded decision can be re-derived in an
/// audit. Every gate is evaluated (no short-circuit) so the review queue sees all reasons at once.
/// </summary>
public static class Gates
{
    public static GateDecision Evaluate(GateInputs inputs) => Evaluate(inputs, ProposalFacts.Legacy);

    /// <param name="facts">
    /// Names the reason when there is nothing to post (no_proposal, not je_imbalance) and adds llm_unavailable when the LLM the
    /// cascade wanted could not answer: an unsure transaction is not auto-posted on the cascade's word alone.
    /// </param>
    public static GateDecision Evaluate(GateInputs inputs, ProposalFacts facts)
    {
        var policy = inputs.Policy;
        var results = new List<GateResult>(5);
        var reasons = new List<string>(5);

        void Add(GateResult result, string reasonIfFailed)
        {
            results.Add(result);
            if (!result.Passed) reasons.Add(reasonIfFailed);
        }

        Add(VendorWarm(inputs.VendorConsistentLabels, policy.ColdStartMinLabels, inputs.Source), ReasonCode.ColdStartVendor);
        Add(Confidence(inputs.CalibratedP, policy.ThresholdFor(inputs.Source)), ReasonCode.BelowThreshold);
        Add(JeBalanced(inputs.ProposedLines), facts.HasProposal ? ReasonCode.JeImbalance : ReasonCode.NoProposal);
        Add(BudgetOk(inputs.BudgetFallbackActive), ReasonCode.BudgetFallbackActive);
        if (facts.LlmUnavailable) reasons.Add(ReasonCode.LlmUnavailable);
        var wouldAutoPost = results.TrueForAll(r => r.Passed) && !facts.LlmUnavailable;

        Add(AutopostEnabled(policy.AutopostEnabled), ReasonCode.AutopostDisabled);
        return new GateDecision(results, reasons, wouldAutoPost, wouldAutoPost && policy.AutopostEnabled, policy.Version);
    }

    /// <summary>
    /// A vendor is warm with enough labels of its own, or when the product's merchant knowledge answered for it (a vendor
    /// the tenant never labelled, known to the knowledge base): then the confidence gate alone decides.
    /// </summary>
    private static GateResult VendorWarm(int labels, int min, string? source)
    {
        var known = labels < min && source == Categorization.ProposalSources.Knowledge;
        var passed = labels >= min || known;
        return new(GateName.VendorWarm, passed, $"labels {labels} {(labels >= min ? ">=" : "<")} min {min}{(known ? ", known merchant (knowledge)" : "")}", labels, min);
    }

    // NaN compares false, so a missing probability fails the gate rather than slipping through.
    private static GateResult Confidence(double p, (double Threshold, bool Earned) t)
    {
        var passed = p >= t.Threshold;
        return new(GateName.Confidence, passed, $"p {F(p)} {(passed ? ">=" : "<")} threshold {F(t.Threshold)}{(t.Earned ? " (earned)" : "")}", p, t.Threshold);
    }

    private static GateResult JeBalanced(IReadOnlyList<JournalLine> lines)
    {
        var debits = lines.Sum(l => l.Debit);
        var credits = lines.Sum(l => l.Credit);
        var passed = lines.Count >= 2 && JournalLines.IsBalanced(lines);
        var compared = string.Create(CultureInfo.InvariantCulture,
            $"debits {debits:0.00} {(JournalLines.IsBalanced(lines) ? "=" : "!=")} credits {credits:0.00}, lines {lines.Count}{(lines.Count < 2 ? " < 2" : "")}");
        return new(GateName.JeBalanced, passed, compared, (double)(debits - credits), 0d);
    }

    private static GateResult BudgetOk(bool fallbackActive) =>
        new(GateName.BudgetOk, !fallbackActive, fallbackActive ? "budget fallback active" : "budget ok", null, null);

    private static GateResult AutopostEnabled(bool enabled) =>
        new(GateName.AutopostEnabled, enabled, enabled ? "autopost enabled" : "autopost disabled by tenant", null, null);

    // "R" keeps the exact double so the comparison text never disagrees with the verdict (0.8999999 vs 0.9).
    private static string F(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
