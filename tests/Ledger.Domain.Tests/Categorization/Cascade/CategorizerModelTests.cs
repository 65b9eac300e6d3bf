using Ledger.Domain.Categorization;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>The model answers what rules and history cannot; the LLM is wanted when the answer is unsure or the vendor new.</summary>
public sealed class CategorizerModelTests
{
    private const string Shell = "SHELL OIL 5799 OAKLAND CA";

    [Fact]
    public void Model_only_path_proposes_the_top_account_with_the_others_as_alternatives()
    {
        var draft = Categorizer.Propose(Input(Shell, -45m), Context(stats: Stats(Shell, Fuel)));

        Assert.Equal((ProposalSources.Model, Fuel), (draft.Source, draft.AccountCode));
        Assert.Equal(2, draft.Alternatives.Count); // top-3 minus the proposal
        Assert.DoesNotContain(draft.Alternatives, a => a.AccountCode == Fuel);
        Assert.True(draft.Alternatives[0].Probability >= draft.Alternatives[1].Probability);
        Assert.InRange(draft.RawP, draft.Alternatives[0].Probability, 1.0);
        Assert.Equal(draft.RawP, draft.CalibratedP); // identity calibration
        Assert.Equal(Model.Version, draft.ModelVersion);
        Assert.Equal(
            ["vendor shell-oil: 1 labels", "rule: none matched", "vendor history: 1 labels, needs 3"],
            draft.Trace.Take(3).Select(l => l.Replace(KeyOf(Shell), "shell-oil")));
        Assert.StartsWith($"model {Model.Version}: {Fuel} p=", draft.Trace[3]);
    }

    [Fact]
    public void Unsure_model_wants_the_llm()
    {
        // σ(-1) ≈ 0.27 whatever the model says: below the 0.80 default.
        var calibrations = Calibrations((ProposalSources.Model, Constant(logit: -1.0)));
        var draft = Categorizer.Propose(Input(Shell), Context(stats: Stats(Shell, Fuel), calibrations: calibrations));

        Assert.True(draft.WantsLlm);
        Assert.Equal("llm: wanted, cal p 0.27 < 0.80", draft.Trace[^1]);
    }

    [Fact]
    public void A_new_vendor_wants_the_llm_even_when_the_model_is_sure()
    {
        // σ(3) ≈ 0.95: a sure model, so only the vendor's newness can ask for the LLM.
        var sure = Calibrations((ProposalSources.Model, Constant(logit: 3.0)));
        var seen = Categorizer.Propose(Input(Shell), Context(stats: Stats(Shell, Fuel), calibrations: sure));
        var unseen = Categorizer.Propose(Input(Shell), Context(stats: null, calibrations: sure));

        Assert.True(seen.CalibratedP >= 0.80, $"model p {seen.CalibratedP}");
        Assert.False(seen.WantsLlm);
        Assert.True(unseen.WantsLlm);
        Assert.Equal("llm: wanted, new vendor", unseen.Trace[^1]);
    }

    [Fact]
    public void Without_a_model_and_nothing_else_there_is_no_proposal()
    {
        var draft = Categorizer.Propose(Input(Shell), Context(withModel: false));

        Assert.Equal(ProposalSources.None, draft.Source);
        Assert.Null(draft.AccountCode);
        Assert.Equal((0.0, 0.0), (draft.RawP, draft.CalibratedP));
        Assert.True(draft.WantsLlm);
        Assert.Contains("model: none trained", draft.Trace);
    }

    [Fact]
    public void The_memo_names_the_vendor_only_when_the_description_does_not()
    {
        Assert.Equal(VendorKey.Normalize("SHELL OIL"), Categorizer.VendorKeyOf(Input("   ", memo: "SHELL OIL")));
        Assert.Equal(KeyOf(Shell), Categorizer.VendorKeyOf(Input(Shell, memo: "STAPLES")));
    }
}
