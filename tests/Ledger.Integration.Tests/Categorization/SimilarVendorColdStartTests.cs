using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Integration.Tests.Review;
using Marten;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>
/// Cascade generation 8 in production: a new bank spelling of a labelled vendor, which the vendor key keeps apart, is
/// answered at cold start with that vendor's history (source similar_vendor, its trace line), the similar vendor and the
/// labels it saw are recorded on the proposal, and the auditor recomputes it from them.
/// </summary>
public class SimilarVendorColdStartTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    const string Labelled = "UNTAPPD FOR BUSINESS", Variant = "POS DEBIT UNTAPPD 0558 MESA AZ";

    [Fact]
    public async Task A_new_spelling_of_a_labelled_vendor_is_proposed_from_that_vendors_history_and_verifies()
    {
        Assert.Equal(("untappd-for-business", "untappd"), (VendorKey.Normalize(Labelled), VendorKey.Normalize(Variant)));
        var t = await app.OnboardAsync("Similar Vendor Co");
        var admin = app.Client(t.AdminToken);
        var history = Infrastructure.Decisions.LabelledHistory()
                      + string.Concat(Enumerable.Range(1, 4).Select(i => $"2026-0{i}-15,{Labelled},-{74 + i}.00,6300\n"));
        (await admin.ImportLabelsAsync(history)).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        (await admin.UploadTextAsync("nov.csv", $"Date,Description,Amount\n2026-11-03,{Variant},-75.00\n2026-11-04,ACME WIDGETS CO 555-1234,-77.00\n", "1000"))
            .EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 2);

        await using var session = app.Store.QuerySession(t.TenantId);
        var proposals = (await session.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync()).ToDictionary(p => p.VendorKey);
        var variant = proposals["untappd"];
        Assert.Equal((ProposalSources.SimilarVendor, "6300", CascadeOptions.Default.Generation), (variant.Source, variant.AccountCode, variant.CascadeGeneration));
        Assert.Null(variant.VendorLabels);   // the vendor itself was never labelled
        Assert.Equal("untappd-for-business", variant.SimilarVendor);
        Assert.Equal(4, variant.SimilarVendorHistory!.Count);
        Assert.Contains(variant.Trace, l => l.StartsWith("similar vendor untappd-for-business: 6300 x4 out p=0.83", StringComparison.Ordinal));
        Assert.Contains(variant.Trace, l => l.StartsWith("cold start: similar_vendor 6300", StringComparison.Ordinal));
        // A vendor like none of the labelled ones goes on to knowledge and the model, and records no similar vendor.
        var acme = proposals[VendorKey.Normalize("ACME WIDGETS CO 555-1234")];
        Assert.Contains("similar vendor: none labelled", acme.Trace);
        Assert.Null(acme.SimilarVendor);

        var auditor = app.Client(await ReviewDesk.TokenAsync(admin, "auditor", "aud"));
        var verify = (await (await auditor.GetAsync("/api/audit/verify")).Body()).GetProperty("proposals");
        Assert.Equal((2, 0, 0), (verify.GetProperty("checked").GetInt32(), verify.GetProperty("mismatches").GetInt32(), verify.GetProperty("notRecomputable").GetInt32()));
    }
}
