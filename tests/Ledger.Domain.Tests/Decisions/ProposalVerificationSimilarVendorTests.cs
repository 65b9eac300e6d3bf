using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions;
using NodaTime;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Decisions;

/// <summary>
/// A generation-8 proposal answered from a similar vendor records that vendor and the labels it saw, so an auditor recomputes it
/// from the event alone; an edited similar history no longer recomputes.
/// </summary>
public sealed class ProposalVerificationSimilarVendorTests
{
    private const string Variant = "WAKEMED 571-623-6766 NV", Medical = "6900";
    private static readonly CascadeOptions Generation8 = CascadeOptions.Default with { Generation = CascadeOptions.SimilarVendorsFrom };
    private static readonly SourceCalibrations Sure = Calibrations((ProposalSources.SimilarVendor, Constant(4)), (ProposalSources.Model, Constant(-1)));

    [Fact]
    public void A_similar_vendor_proposal_recomputes_from_what_it_recorded_and_an_edited_one_does_not()
    {
        var memory = new VendorLabelMemory();
        memory.Learn("wakemed-ca", Medical, -80m);
        memory.Learn("wakemed-ca", Medical, -95m);
        var similar = memory.Similar(Categorizer.VendorKeyOf(Input(Variant, -85m), 8));
        var made = Categorizer.Propose(Input(Variant, -85m), Context(options: Generation8, calibrations: Sure) with { SimilarVendor = similar })
            .ToEvent("tx-1", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3);
        Assert.Equal((ProposalSources.SimilarVendor, Medical, "wakemed-ca"), (made.Source, made.AccountCode, made.SimilarVendor));
        Assert.Equal([new VendorLabel(Medical, -80m), new VendorLabel(Medical, -95m)], made.SimilarVendorHistory);

        // Today's context knows nothing of the similar vendor: the recorded fields supply it.
        var today = Context(options: CascadeOptions.Default, calibrations: Sure);
        Assert.Null(ProposalVerification.Verify(new RecordedProposal(Guid.NewGuid(), made, Input(Variant, -85m), null, null), today));

        var edited = made with { SimilarVendorHistory = [new VendorLabel(Meals, -80m), new VendorLabel(Meals, -95m)] };
        var mismatch = ProposalVerification.Verify(new RecordedProposal(Guid.NewGuid(), edited, Input(Variant, -85m), null, null), today);
        Assert.NotNull(mismatch);
        Assert.Contains("accountCode", mismatch.Fields);
    }

    [Fact]
    public void Generation_7_neither_asks_nor_records_a_similar_vendor()
    {
        var memory = new VendorLabelMemory();
        memory.Learn("wakemed-ca", Medical, -80m);
        var made = Categorizer.Propose(Input(Variant, -85m), Context(options: CascadeOptions.ForGeneration(7)) with { SimilarVendor = memory.Similar("wakemed") })
            .ToEvent("tx-1", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3);
        Assert.Equal(ProposalSources.Model, made.Source);
        Assert.Null(made.SimilarVendor);
        Assert.Null(made.SimilarVendorHistory);
    }
}
