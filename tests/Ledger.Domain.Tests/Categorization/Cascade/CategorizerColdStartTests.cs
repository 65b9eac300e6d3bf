using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Decisions;
using Ledger.Domain.Tenants;
using NodaTime;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>
/// A vendor the tenant never labelled, answered by the knowledge base and the model. Generation 4 lets a sure knowledge
/// entry win a disagreement with an unsure model even when the knowledge calibrator holds its p below the model's.
/// </summary>
public sealed class CategorizerColdStartTests
{
    private const string Water = "SEVERN TRENT WATER DD 0412";
    private static readonly KnowledgeContext Knowledge = new(MerchantKnowledge.Shipped, KindMapping.For("starter", TenantTemplates.Starter.Chart));

    // The knowledge calibrator, fitted on few outcomes, pulls every knowledge p down to 0.27; the model's sits at 0.82.
    private static readonly SourceCalibrations Pulled = Calibrations((ProposalSources.Knowledge, Constant(-1.0)), (ProposalSources.Model, Constant(1.5)));

    private static ProposalDraft Propose(CascadeOptions options) =>
        Categorizer.Propose(Input(Water, -38m), Context(calibrations: Pulled, options: options) with { Knowledge = Knowledge });

    [Fact]
    public void A_sure_knowledge_entry_wins_a_disagreement_with_an_unsure_model_from_generation_4()
    {
        var today = Propose(CascadeOptions.Default);
        Assert.Equal((ProposalSources.Knowledge, "6500", 4), (today.Source, today.AccountCode, today.CascadeGeneration));
        Assert.True(today.RawP >= CascadeOptions.Default.KnowledgeSureP);
        Assert.Equal(0.27, today.CalibratedP, 2);   // it proposes with its own calibrated p, so the gates stay as strict
        Assert.Contains(today.Trace, l => l.StartsWith("cold start: knowledge 6500 (p ", StringComparison.Ordinal) && l.Contains("over an unsure model"));
        var model = Assert.Single(today.Alternatives, a => a.AccountCode != "6500" && today.Trace.Any(t => t.StartsWith("model ") && t.Contains(": " + a.AccountCode + " ")));
        Assert.True(model.Probability < CascadeOptions.Default.ModelSureP);

        // Generation 3 compared calibrated p's, and the model's 0.82 beat the knowledge base's 0.27.
        var before = Propose(CascadeOptions.Default with { Generation = 3 });
        Assert.Equal((ProposalSources.Model, model.AccountCode), (before.Source, before.AccountCode));
    }

    [Fact]
    public void A_sure_model_or_an_unsure_entry_is_still_decided_by_the_calibrated_p()
    {
        var today = Propose(CascadeOptions.Default);
        var modelRaw = Propose(CascadeOptions.Default with { Generation = 3 }).RawP;   // there the model proposes

        var sureModel = Propose(CascadeOptions.Default with { ModelSureP = modelRaw });
        Assert.Equal(ProposalSources.Model, sureModel.Source);

        var unsureEntry = Propose(CascadeOptions.Default with { KnowledgeSureP = today.RawP + 0.01 });
        Assert.Equal(ProposalSources.Model, unsureEntry.Source);
    }

    [Fact]
    public void A_generation_3_cold_start_recomputes_by_generation_3_and_a_generation_4_one_by_generation_4()
    {
        foreach (var generation in new[] { 3, 4 })
        {
            var e = Propose(CascadeOptions.Default with { Generation = generation })
                .ToEvent("tx-1", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3, vendorLabels: null);
            Assert.Equal(generation == 3 ? ProposalSources.Model : ProposalSources.Knowledge, e.Source);
            var recorded = new RecordedProposal(Guid.NewGuid(), e, Input(Water, -38m), null, null) { Knowledge = Knowledge };
            Assert.Null(ProposalVerification.Verify(recorded, Context(calibrations: Pulled, options: CascadeOptions.Default)));
        }
    }
}
