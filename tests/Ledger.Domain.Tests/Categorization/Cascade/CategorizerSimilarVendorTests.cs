using Ledger.Domain.Categorization;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>
/// Generation 8: a bank-string variant of a labelled vendor that the vendor key could not merge ("WAKEMED 571-623-6766 NV"
/// after "WAKEMED 792-789-8359 CA") is answered at cold start from that vendor's history too, as the source similar_vendor
/// with its own trace line and calibrator, and proposes when it is surer than the knowledge-or-model answer.
/// </summary>
public sealed class CategorizerSimilarVendorTests
{
    private const string Medical = "6900", Salon = "5100", Cogs = "5000";
    private static readonly CascadeOptions Generation8 = CascadeOptions.Default with { Generation = CascadeOptions.SimilarVendorsFrom };
    // σ(4) = 0.98 for the similar vendor's history, σ(-1) = 0.27 for a model that never saw the vendor.
    private static readonly SourceCalibrations SimilarSure = Calibrations((ProposalSources.SimilarVendor, Constant(4)), (ProposalSources.Model, Constant(-1)));

    [Theory]
    [InlineData("WAKEMED 792-789-8359 CA", "WAKEMED 571-623-6766 NV", "wakemed-ca", Medical)]
    [InlineData("MICHAELS #3524 NE", "MICHAELS 492-715-5935 WA", "michaels", Salon)]
    [InlineData("SALON CENTRIC BOISE ID", "SALON CENTRIC 36998 ELK GROVE CA", "salon-centric", Salon)]
    public void A_variant_of_a_labelled_vendor_lands_on_its_account_at_cold_start(string labelled, string variant, string similarKey, string account)
    {
        var memory = new VendorLabelMemory();
        memory.Learn(Categorizer.VendorKeyOf(Input(labelled, -80m), 8), account, -80m);
        var key = Categorizer.VendorKeyOf(Input(variant, -85m), 8);
        Assert.Null(memory.Stats(key));   // the key keeps the two spellings apart: a vendor never labelled

        var draft = Categorizer.Propose(Input(variant, -85m), Context(options: Generation8, calibrations: SimilarSure) with { SimilarVendor = memory.Similar(key) });

        Assert.Equal((ProposalSources.SimilarVendor, account, 8), (draft.Source, draft.AccountCode, draft.CascadeGeneration));
        Assert.Contains($"similar vendor {similarKey}: {account} x1 out p=0.67 (cal 0.98)", draft.Trace);
        Assert.Contains(draft.Trace, l => l.StartsWith($"cold start: similar_vendor {account} (cal 0.98) over model ", StringComparison.Ordinal));
        // Generation 7 had nobody to ask but the model (trained on office, fuel, meals and payroll only).
        var before = Categorizer.Propose(Input(variant, -85m), Context(options: CascadeOptions.ForGeneration(7), calibrations: SimilarSure) with { SimilarVendor = memory.Similar(key) });
        Assert.Equal(ProposalSources.Model, before.Source);
        Assert.DoesNotContain(before.Trace, l => l.StartsWith("similar vendor", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surer_model_keeps_the_proposal_and_the_similar_vendors_account_becomes_the_first_alternative()
    {
        var memory = new VendorLabelMemory();
        memory.Learn("shell-oil-oakland", Meals, -44m);   // a slip, say; the model knows Shell as fuel
        var modelSure = Calibrations((ProposalSources.SimilarVendor, Constant(-1)), (ProposalSources.Model, Constant(4)));

        var draft = Categorizer.Propose(Input("SHELL OIL 5799 OAKLAND CA", -45m), Context(options: Generation8, calibrations: modelSure) with { SimilarVendor = memory.Similar(KeyOf("SHELL OIL 5799 OAKLAND CA")) });

        Assert.Equal((ProposalSources.Model, Fuel), (draft.Source, draft.AccountCode));
        Assert.Equal(Meals, draft.Alternatives[0].AccountCode);
        Assert.Contains($"cold start: model {Fuel} (cal 0.98) over similar_vendor {Meals} (cal 0.27)", draft.Trace);
    }

    [Fact]
    public void The_similar_vendors_labels_are_read_like_its_own_by_amount_and_direction()
    {
        var memory = new VendorLabelMemory();
        foreach (var amount in new[] { -40m, -55m, -60m }) memory.Learn("salon-centric", Salon, amount);
        foreach (var amount in new[] { -900m, -1100m, -1250m }) memory.Learn("salon-centric", Cogs, amount);
        var ctx = Context(options: Generation8, calibrations: SimilarSure) with { SimilarVendor = memory.Similar("salon-centric-elk") };

        var small = Categorizer.Propose(Input("SALON CENTRIC 36998 ELK GROVE CA", -48m), ctx);
        var large = Categorizer.Propose(Input("SALON CENTRIC 36998 ELK GROVE CA", -1216.68m), ctx);
        var refund = Categorizer.Propose(Input("SALON CENTRIC 36998 ELK GROVE CA", 48m), ctx);

        Assert.Equal((ProposalSources.SimilarVendor, Salon), (small.Source, small.AccountCode));
        Assert.Equal((ProposalSources.SimilarVendor, Cogs), (large.Source, large.AccountCode));
        // No refund was ever labelled: the similar vendor passes and the cold start goes on to knowledge and the model.
        Assert.NotEqual(ProposalSources.SimilarVendor, refund.Source);
        Assert.Contains("similar vendor salon-centric: 0 in labels, needs 1", refund.Trace);
    }

    [Fact]
    public void A_vendor_nobody_labelled_anything_like_goes_on_to_knowledge_and_the_model()
    {
        var memory = new VendorLabelMemory();
        memory.Learn("duke-energy", "6500", -130m);

        var draft = Categorizer.Propose(Input("DUKE HEALTH 13286 RENO NV", -112.56m), Context(options: Generation8) with { SimilarVendor = memory.Similar("duke-health-reno") });

        Assert.Equal(ProposalSources.Model, draft.Source);
        Assert.Contains("similar vendor: none labelled", draft.Trace);
    }

    [Fact]
    public void Stats_of_a_vendor_that_is_not_a_variant_are_refused()
    {
        var memory = new VendorLabelMemory();
        memory.Learn("duke-energy", "6500", -130m);
        Assert.Throws<ArgumentException>(() => Categorizer.Propose(Input("DUKE HEALTH 13286 RENO NV", -112.56m),
            Context(options: Generation8) with { SimilarVendor = memory.Stats("duke-energy") }));
    }
}
