using Ledger.Domain.Categorization;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>Rules come first: a person (or a consistent run of labels) said so, and the model may have learnt otherwise.</summary>
public sealed class CategorizerRuleTests
{
    [Fact]
    public void A_matching_rule_beats_a_confident_model()
    {
        const string staples = "STAPLES 1099 SAN FRANCISCO CA";
        Assert.Equal(Office, Model.Load().Predict(Input(staples).Features)[0].AccountCode); // the model disagrees with the rule
        var rule = Rule(staples, Equipment);

        var draft = Categorizer.Propose(Input(staples), Context(rules: [rule]));

        Assert.Equal(ProposalSources.Rule, draft.Source);
        Assert.Equal(Equipment, draft.AccountCode);
        Assert.Equal(rule.Id, draft.RuleId);
        Assert.Equal(CascadeOptions.Default.RuleRawP, draft.RawP); // no labels: the default
        Assert.Null(draft.ModelVersion); // the model was not consulted
        Assert.Empty(draft.Alternatives);
        Assert.False(draft.WantsLlm); // a rule is exempt from the new-vendor reason
        Assert.Contains(draft.Trace, l => l.StartsWith("rule 00000001 (admin v1): 1500 p=0.97"));
    }

    [Fact]
    public void An_amount_range_rule_applies_inside_its_range_only()
    {
        const string staples = "STAPLES 1099 SAN FRANCISCO CA";
        IReadOnlyList<Ledger.Domain.Categorization.Rules.VendorRule> rules =
            [Rule(staples, Office, id: 1), Rule(staples, Equipment, min: 500m, id: 2)];
        var stats = Stats(staples, Office, Office, Office, Office);

        var big = Categorizer.Propose(Input(staples, -750m), Context(rules, stats));
        var small = Categorizer.Propose(Input(staples, -30m), Context(rules, stats));

        Assert.Equal((Equipment, new Guid(2, 0, 0, new byte[8])), (big.AccountCode, big.RuleId!.Value));
        // The vendor-wide labels say nothing about the >= 500 exception, so it keeps the default p...
        Assert.Equal(CascadeOptions.Default.RuleRawP, big.RawP);
        Assert.Contains(big.Trace, l => l.Contains("500..inf") && l.Contains("narrowed rule, default"));
        // ...while the plain rule is measured by them: 4 of 4 agree → (4+1)/(4+2).
        Assert.Equal(Office, small.AccountCode);
        Assert.Equal(5.0 / 6.0, small.RawP, 12);
        Assert.Contains(small.Trace, l => l.EndsWith("4/4 labels agree"));
    }

    [Fact]
    public void A_rule_contradicted_by_labels_still_answers_but_with_a_low_p_that_asks_the_llm()
    {
        const string staples = "STAPLES 1099 SAN FRANCISCO CA";
        var draft = Categorizer.Propose(Input(staples), Context([Rule(staples, Equipment)], Stats(staples, Office, Office, Office)));

        Assert.Equal((ProposalSources.Rule, Equipment), (draft.Source, draft.AccountCode));
        Assert.Equal(1.0 / 5.0, draft.RawP, 12); // 0 of 3 agree
        Assert.True(draft.WantsLlm);
    }
}
