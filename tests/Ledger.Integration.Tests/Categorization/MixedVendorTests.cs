using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Integration.Tests.Review;
using Marten;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>
/// Cascade generation 9 in production: a vendor whose own labels disagree near the amount is answered by the model as the
/// source mixed_vendor, whose calibrator a training fits (identity until it has 30 outcomes) and which is never surer than the
/// model's calibrator; the auditor recomputes the proposal.
/// </summary>
public class MixedVendorTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    const string Split = "HOME DEPOT 4410";

    [Fact]
    public async Task A_split_vendors_line_is_the_models_answer_calibrated_as_a_mixed_vendors_and_verifies()
    {
        var t = await app.OnboardAsync("Mixed Vendor Co");
        var admin = app.Client(t.AdminToken);
        // Supplies and advertising at the same amounts: no four nearest labels agree about an 80.00 purchase.
        var history = Infrastructure.Decisions.LabelledHistory()
                      + string.Concat(new[] { ("6300", 80), ("6000", 85), ("6300", 90), ("6000", 70), ("6000", 75) }
                          .Select((l, i) => $"2026-0{i + 1}-20,{Split},-{l.Item2}.00,{l.Item1}\n"));
        (await admin.ImportLabelsAsync(history)).EnsureSuccessStatusCode();
        var trained = await (await admin.PostAsync("/api/categorizer/train", null)).Body();
        Assert.True(trained.GetProperty("eceAfterBySource").TryGetProperty(ProposalSources.MixedVendor, out _), trained.ToString());

        (await admin.UploadTextAsync("nov.csv", $"Date,Description,Amount\n2026-11-03,{Split},-80.00\n2026-11-04,STAPLES 00123 SPRINGFIELD IL,-23.00\n", "1000"))
            .EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 2);

        await using var session = app.Store.QuerySession(t.TenantId);
        var proposals = (await session.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync()).ToDictionary(p => p.VendorKey);
        var split = proposals[VendorKey.Normalize(Split)];
        Assert.Equal((ProposalSources.MixedVendor, CascadeOptions.Default.Generation), (split.Source, split.CascadeGeneration));
        Assert.Contains(split.AccountCode, new[] { "6300", "6000" });
        Assert.Contains(split.Trace, l => l.StartsWith("vendor history: mixed (", StringComparison.Ordinal));
        Assert.Contains(split.Trace, l => l.StartsWith("model ", StringComparison.Ordinal) && l.EndsWith(" as mixed_vendor)", StringComparison.Ordinal));
        // Identity below 30 outcomes, capped by the model's calibrator: never above the model's raw p.
        Assert.True(split.CalibratedP <= split.RawP, $"cal {split.CalibratedP} > raw {split.RawP}");
        // A vendor whose labels agree is still vendor history.
        Assert.Equal(ProposalSources.VendorHistory, proposals[VendorKey.Normalize("STAPLES 00123 SPRINGFIELD IL")].Source);

        var auditor = app.Client(await ReviewDesk.TokenAsync(admin, "auditor", "aud"));
        var verify = (await (await auditor.GetAsync("/api/audit/verify")).Body()).GetProperty("proposals");
        Assert.Equal((2, 0, 0), (verify.GetProperty("checked").GetInt32(), verify.GetProperty("mismatches").GetInt32(), verify.GetProperty("notRecomputable").GetInt32()));
    }
}
