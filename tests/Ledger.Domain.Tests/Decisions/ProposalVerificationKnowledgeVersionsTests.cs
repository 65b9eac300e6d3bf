using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Decisions;
using Ledger.Domain.Tenants;
using NodaTime;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Decisions;

/// <summary>
/// A proposal recorded under an earlier knowledge base version recomputes by that version (its entries, kinds, template
/// tables and the model's kind feature), not by the one this build ships.
/// </summary>
public sealed class ProposalVerificationKnowledgeVersionsTests
{
    private const string Water = "SEVERN TRENT WATER DD 0412";

    private static KnowledgeContext Kb(string version)
    {
        var kb = MerchantKnowledge.OfVersion(version)!;
        return new KnowledgeContext(kb, KindMapping.For(kb, "starter", TenantTemplates.Starter.Chart));
    }

    private static (RecordedProposal Recorded, CategoryProposed Event) Recorded(string version)
    {
        var e = Categorizer.Propose(Input(Water, -38m), Context(options: CascadeOptions.Default) with { Knowledge = Kb(version) })
            .ToEvent("tx-1", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3, vendorLabels: null);
        return (new RecordedProposal(Guid.NewGuid(), e, Input(Water, -38m), null, null) { Knowledge = Kb(e.KnowledgeVersion!) }, e);
    }

    [Fact]
    public void A_proposal_of_the_first_version_recomputes_by_the_first_version()
    {
        var (recorded, e) = Recorded("kb-2026.1");
        Assert.Equal("kb-2026.1", e.KnowledgeVersion);
        Assert.Equal(ProposalSources.Model, e.Source);   // kb-2026.1 did not know this water company
        Assert.Contains("knowledge kb-2026.1: no entry matches", e.Trace);

        Assert.Null(ProposalVerification.Verify(recorded, Context(options: CascadeOptions.Default)));

        // Recomputed by today's version instead, the same line is a knowledge proposal: that would be a false alarm.
        var wrong = ProposalVerification.Verify(recorded with { Knowledge = Kb(MerchantKnowledge.ShippedVersion) }, Context(options: CascadeOptions.Default));
        Assert.NotNull(wrong);
        Assert.Contains("source", wrong.Fields);
    }

    [Fact]
    public void A_proposal_of_the_shipped_version_recomputes_by_it()
    {
        var (recorded, e) = Recorded(MerchantKnowledge.ShippedVersion);
        Assert.Equal((ProposalSources.Knowledge, "6500"), (e.Source, e.AccountCode));
        Assert.Null(ProposalVerification.Verify(recorded, Context(options: CascadeOptions.Default)));
    }
}
