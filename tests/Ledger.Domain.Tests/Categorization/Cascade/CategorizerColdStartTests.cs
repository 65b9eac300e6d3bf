using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Tenants;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>Cold start (a vendor never labelled): the knowledge base and the model both answer; generation 5 changes who wins.</summary>
public sealed class CategorizerColdStartTests
{
    private static readonly KnowledgeContext Knowledge = new(MerchantKnowledge.Shipped, KindMapping.For("starter", TenantTemplates.Starter.Chart));

    // The model's calibrator says 0.98 (σ(4)) whatever it scored, the knowledge base's 0.50 (σ(0)): by calibrated p the model wins.
    private static readonly SourceCalibrations ModelLooksSure =
        Calibrations((ProposalSources.Model, Constant(4)), (ProposalSources.Knowledge, Constant(0)));

    private static ProposalDraft Propose(string description, CascadeOptions options) =>
        Categorizer.Propose(Input(description, -86.40m), Context(calibrations: ModelLooksSure, options: options) with { Knowledge = Knowledge });

    [Fact]
    public void From_generation_5_a_sure_knowledge_entry_overrules_an_unsure_model_and_generation_4_recomputes_as_before()
    {
        const string line = "VERIZON WIRELESS PAYMENTS 800-922-0204";
        var before = Propose(line, CascadeOptions.ForGeneration(4));
        var now = Propose(line, CascadeOptions.ForGeneration(CascadeOptions.KnowledgeArbitratesFrom));

        // The model never saw a phone bill (it knows office, fuel, meals, payroll): unsure, and wrong.
        Assert.Equal(ProposalSources.Model, before.Source);
        Assert.True(before.RawP < CascadeOptions.Default.ModelUnsureP, $"model raw p {before.RawP}");
        Assert.Equal(CascadeOptions.KnowledgeArbitratesFrom, now.CascadeGeneration);
        Assert.Equal(ProposalSources.Knowledge, now.Source);
        Assert.True(now.RawP >= CascadeOptions.Default.KnowledgeSureP, $"knowledge raw p {now.RawP}");
        Assert.NotEqual(before.AccountCode, now.AccountCode);
        // The overruled model's account stays the first alternative; its p is the one it reported, and the trace says why.
        Assert.Equal(new AccountScore(before.AccountCode!, before.RawP), now.Alternatives[0]);
        Assert.Contains(now.Trace, l => l.StartsWith("cold start: knowledge", StringComparison.Ordinal) && l.Contains("unsure model", StringComparison.Ordinal));
        Assert.Equal(0.5, now.CalibratedP, 12);
    }

    [Fact]
    public void An_unsure_knowledge_entry_does_not_overrule_the_model()
    {
        const string line = "VERIZON WIRELESS PAYMENTS 800-922-0204";
        var strict = CascadeOptions.Default with { KnowledgeSureP = 0.999 };
        Assert.Equal(ProposalSources.Model, Propose(line, strict).Source);
    }
}
