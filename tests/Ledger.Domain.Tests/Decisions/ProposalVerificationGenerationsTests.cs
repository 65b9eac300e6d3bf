using System.Text.Json;
using System.Text.Json.Nodes;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions;
using Ledger.Domain.Tenants;
using NodaTime;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Decisions;

/// <summary>
/// Proposals recorded before the knowledge base and the conditional history (generation 1, events without the new fields)
/// are still recomputed, by the cascade that made them; proposals of generation 2 by theirs.
/// </summary>
public sealed class ProposalVerificationGenerationsTests
{
    private const string Shell = "SHELL OIL 5799 OAKLAND CA";
    private static readonly KnowledgeContext Knowledge = new(MerchantKnowledge.Shipped, KindMapping.For("starter", TenantTemplates.Starter.Chart));

    // One slip, then six fuel labels: generation 1 gives up on the vendor, generation 2 follows the weight of the labels.
    private static readonly VendorLabelStats Slipped = Stats(Shell, Meals, Fuel, Fuel, Fuel, Fuel, Fuel, Fuel) with
    {
        Labels = [new(Meals, -41m), new(Fuel, -40m), new(Fuel, -42m), new(Fuel, -45m), new(Fuel, -44m), new(Fuel, -43m), new(Fuel, -46m)],
    };

    private static RecordedProposal Recorded(CategoryProposed e, bool asWrittenBefore)
    {
        var json = JsonSerializer.SerializeToNode(e)!.AsObject();
        if (asWrittenBefore) foreach (var added in new[] { "CascadeGeneration", "KnowledgeVersion", "VendorHistory" }) json.Remove(added);
        var read = json.Deserialize<CategoryProposed>()!;
        return new RecordedProposal(Guid.NewGuid(), read, Input(Shell, -45m), null, null) { Knowledge = Knowledge };
    }

    private static CategoryProposed Propose(CascadeOptions options) =>
        Categorizer.Propose(Input(Shell, -45m), Context(stats: Slipped, options: options) with { Knowledge = Knowledge })
            .ToEvent("tx-1", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3, vendorLabels: Slipped.LabelsByAccount);

    [Fact]
    public void A_generation_1_proposal_written_without_the_new_fields_recomputes_by_generation_1()
    {
        var old = Propose(CascadeOptions.Generation1);
        Assert.Equal(ProposalSources.Model, old.Source);
        Assert.Null(old.CascadeGeneration);
        var recorded = Recorded(old, asWrittenBefore: true);

        // Today's context (generation 2 by default): verification still picks the generation the event names (none = 1).
        Assert.Null(ProposalVerification.Verify(recorded, Context() with { Knowledge = Knowledge }));
    }

    [Fact]
    public void A_current_proposal_recomputes_by_its_generation_and_an_edited_one_does_not()
    {
        var current = Propose(CascadeOptions.Default);
        Assert.Equal((ProposalSources.VendorHistory, Fuel, CascadeOptions.Default.Generation), (current.Source, current.AccountCode, current.CascadeGeneration));
        Assert.Equal(MerchantKnowledge.Shipped.Version, current.KnowledgeVersion);
        var today = Context(options: CascadeOptions.Default);
        Assert.Null(ProposalVerification.Verify(Recorded(current, asWrittenBefore: false), today));

        // Strip what generation 2 recorded: it is then recomputed as generation 1, which disagrees.
        var mismatch = ProposalVerification.Verify(Recorded(current, asWrittenBefore: true), today);
        Assert.NotNull(mismatch);
        Assert.Contains("source", mismatch.Fields);
    }

    private const string Ach = "ORIG CO NAME:NEXT INSUR ORIG ID:4980202666 DESC DATE:250103 CO ENTRY DESCR:PREMIUM SEC:CCD TRACE#:816836261659851";

    [Fact]
    public void A_generation_2_proposal_of_an_ach_line_keeps_its_old_vendor_key_when_verified()
    {
        // Generation 2 keyed every ACH line to "orig"; its recorded proposal names that vendor and its labels.
        var oldKey = Categorizer.VendorKeyOf(Input(Ach, -212m), 2);
        Assert.Equal("orig", oldKey);
        var stats = Stats(Ach, Fuel, Fuel, Fuel) with { VendorKey = oldKey, Labels = [new(Fuel, -210m), new(Fuel, -212m), new(Fuel, -215m)] };
        var made = Categorizer.Propose(Input(Ach, -212m), Context(stats: stats, options: CascadeOptions.ForGeneration(2)) with { Knowledge = Knowledge })
            .ToEvent("tx-2", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3, vendorLabels: stats.LabelsByAccount);
        Assert.Equal(("orig", 2), (made.VendorKey, made.CascadeGeneration));

        var recorded = new RecordedProposal(Guid.NewGuid(), made, Input(Ach, -212m), null, null) { Knowledge = Knowledge };
        Assert.Null(ProposalVerification.Verify(recorded, Context(options: CascadeOptions.Default) with { Knowledge = Knowledge }));
        // Today's key is the originator's name, so a new proposal of the same line pools with that vendor instead.
        Assert.Equal("next-insur", Categorizer.VendorKeyOf(Input(Ach, -212m)));
    }

    [Fact]
    public void A_generation_3_proposal_of_a_moved_vendor_recomputes_by_generation_3_and_a_generation_4_one_by_generation_4()
    {
        // Ten office-supply bills, then two booked to software: generation 4 follows the move, generation 3 left it to the model.
        const string Suite = "GOOGLE *GSUITE";
        var moved = Stats(Suite, [.. Enumerable.Repeat(Office, 10), "6600", "6600"]) with
        {
            Labels = [.. Enumerable.Repeat(new VendorLabel(Office, -24m), 10), new("6600", -24m), new("6600", -24m)],
        };
        foreach (var generation in new[] { 3, 4 })
        {
            var made = Categorizer.Propose(Input(Suite, -24m), Context(stats: moved, options: CascadeOptions.ForGeneration(generation)) with { Knowledge = Knowledge })
                .ToEvent("tx-3", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3, vendorLabels: moved.LabelsByAccount);
            Assert.Equal(generation == 3 ? ProposalSources.Model : ProposalSources.VendorHistory, made.Source);
            var recorded = new RecordedProposal(Guid.NewGuid(), made, Input(Suite, -24m), null, null) { Knowledge = Knowledge };
            Assert.Null(ProposalVerification.Verify(recorded, Context(options: CascadeOptions.Default) with { Knowledge = Knowledge }));
        }
    }
    [Fact]
    public void A_generation_5_proposal_of_a_vendor_variant_keeps_its_old_vendor_key_when_verified()
    {
        // Generation 5 kept the state after the phone number in the key; its recorded proposal names that vendor and its labels.
        const string Line = "WAKEMED 792-789-8359 CA";
        var oldKey = Categorizer.VendorKeyOf(Input(Line, -120m), 5);
        Assert.Equal("wakemed-ca", oldKey);
        var stats = Stats(Line, Fuel, Fuel, Fuel) with { VendorKey = oldKey, Labels = [new(Fuel, -110m), new(Fuel, -120m), new(Fuel, -125m)] };
        var made = Categorizer.Propose(Input(Line, -120m), Context(stats: stats, options: CascadeOptions.ForGeneration(5)) with { Knowledge = Knowledge })
            .ToEvent("tx-4", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3, vendorLabels: stats.LabelsByAccount);
        Assert.Equal(("wakemed-ca", 5), (made.VendorKey, made.CascadeGeneration));

        var recorded = new RecordedProposal(Guid.NewGuid(), made, Input(Line, -120m), null, null) { Knowledge = Knowledge };
        Assert.Null(ProposalVerification.Verify(recorded, Context(options: CascadeOptions.Default) with { Knowledge = Knowledge }));
        Assert.Equal("wakemed", Categorizer.VendorKeyOf(Input(Line, -120m), VendorKey.VariantsFrom));
    }
}
