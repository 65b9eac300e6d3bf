using Ledger.Domain.Categorization;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>
/// Generation 6: a vendor seen under one bank spelling is known under its other spellings (phone or store number, then a
/// state or a city), so its next variant is answered by its history at once instead of by a model not yet retrained on it.
/// </summary>
public sealed class CategorizerVendorVariantsTests
{
    private const string Medical = "6900", Photo = "5100";

    [Theory]
    [InlineData("WAKEMED 571-623-6766 NV", "WAKEMED 792-789-8359 CA", Medical)]
    [InlineData("DUKE HEALTH 791 SACRAMENTO CA", "DUKE HEALTH 478-353-8590 ID", Medical)]
    [InlineData("MPIX #5888 CA", "MPIX.COM 810-852-6147 CA", Photo)]
    [InlineData("MPIX.COM 810-852-6147 CA", "MPIX.COM ID", Photo)]
    [InlineData("CHEVRON 901-362-6165 NM", "CHEVRON 92459 AZ", Fuel)]
    [InlineData("WHCC 070-903-5661 NM", "PURCHASE AUTHORIZED ON 06/19 WHCC SPARKS NV", Photo)]
    [InlineData("POS DEBIT WHCC 1095 ELK GROVE CA", "WHCC 070-903-5661 NM", Photo)]
    public void A_variant_of_a_labelled_vendor_is_answered_by_its_history_without_a_retrain(string labelled, string variant, string account)
    {
        var memory = new VendorLabelMemory();
        memory.Learn(Categorizer.VendorKeyOf(Input(labelled, -80m), VendorKey.VariantsFrom), account, -80m);
        var options = CascadeOptions.Default with { Generation = VendorKey.VariantsFrom };   // history answers from a vendor's first label

        var stats = memory.Stats(Categorizer.VendorKeyOf(Input(variant, -85m), VendorKey.VariantsFrom));
        var now = Categorizer.Propose(Input(variant, -85m), Context(stats: stats, options: options));

        // The model (trained on office, fuel, meals and payroll only) never saw the vendor; history did, once.
        Assert.Equal((ProposalSources.VendorHistory, account, 6), (now.Source, now.AccountCode, now.CascadeGeneration));

        // Generation 5 keyed the two spellings apart: the variant was a vendor never labelled, left to the model.
        var before = CascadeOptions.ForGeneration(5);
        var oldStats = memory.Stats(Categorizer.VendorKeyOf(Input(variant, -85m), 5));
        Assert.Null(oldStats);
        Assert.Equal(ProposalSources.Model, Categorizer.Propose(Input(variant, -85m), Context(stats: oldStats, options: before)).Source);
    }
}
