using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions;
using NodaTime;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>
/// Generation 9: when a vendor's own labels disagree near the amount, the model answers as the source <c>mixed_vendor</c>,
/// calibrated by its own outcomes and never surer than the model's calibrator would make it (docs/decisions.md 54).
/// </summary>
public sealed class CategorizerMixedVendorTests
{
    private const string Amazon = "AMZN MKTP US*2K3LM";

    // Supplies and equipment interleaved; an order of 140 sits between the two habits, so history passes as "mixed".
    private static readonly VendorLabelStats Orders = Stats(Amazon, Office, Equipment, Office, Office, Equipment, Office) with
    {
        Labels = [new(Office, -120m), new(Equipment, -160m), new(Office, -130m), new(Office, -150m), new(Equipment, -135m), new(Office, -145m)],
    };

    private static ProposalDraft Propose(CascadeOptions options, SourceCalibrations calibrations, decimal amount = -140m) =>
        Categorizer.Propose(Input(Amazon, amount), Context(stats: Orders, calibrations: calibrations, options: options));

    // The model's calibrator makes every answer 0.98 sure (logit 4).
    private static readonly SourceCalibrations SureModel = Calibrations((ProposalSources.Model, Constant(4)));

    [Fact]
    public void A_mixed_vendors_answer_is_its_own_source_and_not_surer_than_its_raw_p_until_it_has_a_calibrator()
    {
        var draft = Propose(CascadeOptions.Default, SureModel);

        Assert.Equal((ProposalSources.MixedVendor, 9), (draft.Source, draft.CascadeGeneration));
        Assert.Contains(draft.Trace, l => l.StartsWith("vendor history: mixed (", StringComparison.Ordinal));
        // No mixed_vendor calibrator yet (identity): the raw p, which is below the model calibrator's 0.98.
        Assert.True(draft.RawP < 0.98, $"raw p {draft.RawP}");
        Assert.Equal(draft.RawP, draft.CalibratedP);
        Assert.Contains(draft.Trace, l => l.StartsWith("model ", StringComparison.Ordinal) && l.EndsWith(" as mixed_vendor)", StringComparison.Ordinal));
    }

    [Fact]
    public void Its_own_calibrator_lowers_it_and_the_models_caps_it()
    {
        var doubtful = Propose(CascadeOptions.Default, Calibrations((ProposalSources.Model, Constant(4)), (ProposalSources.MixedVendor, Constant(-1))));
        Assert.Equal(1 / (1 + Math.Exp(1)), doubtful.CalibratedP, 9);
        Assert.True(doubtful.WantsLlm);

        var overSure = Propose(CascadeOptions.Default, Calibrations((ProposalSources.Model, Constant(0)), (ProposalSources.MixedVendor, Constant(6))));
        Assert.Equal(0.5, overSure.CalibratedP, 9);
    }

    [Fact]
    public void Generation_8_answered_the_same_line_as_the_model()
    {
        var eight = Propose(CascadeOptions.ForGeneration(8), SureModel);
        var nine = Propose(CascadeOptions.Default, SureModel);

        Assert.Equal((ProposalSources.Model, 8), (eight.Source, eight.CascadeGeneration));
        Assert.Equal(1 / (1 + Math.Exp(-4)), eight.CalibratedP, 9);
        Assert.Equal((eight.AccountCode, eight.RawP), (nine.AccountCode, nine.RawP));
    }

    [Fact]
    public void A_vendor_the_model_answers_for_another_reason_stays_the_model()
    {
        // 5,000 is far beyond every label: history passes, but the labels do not disagree about it.
        var far = Categorizer.Propose(Input("STAPLES 1", -5000m),
            Context(stats: Stats("STAPLES 1", Office, Office, Office) with { Labels = [new(Office, -20m), new(Office, -25m), new(Office, -30m)] },
                calibrations: SureModel));
        Assert.Equal(ProposalSources.Model, far.Source);
    }

    [Fact]
    public void An_auditor_recomputes_a_mixed_vendors_proposal_and_an_edited_probability_does_not()
    {
        var calibrations = Calibrations((ProposalSources.Model, Constant(4)), (ProposalSources.MixedVendor, Constant(1)));
        var made = Propose(CascadeOptions.Default, calibrations).ToEvent("tx-1", null, 0.2, Instant.FromUnixTimeSeconds(0), categorizerVersion: 3,
            vendorLabels: Orders.LabelsByAccount);
        Assert.Equal(ProposalSources.MixedVendor, made.Source);

        var today = Context(calibrations: calibrations, options: CascadeOptions.Default);
        Assert.Null(ProposalVerification.Verify(new RecordedProposal(Guid.NewGuid(), made, Input(Amazon, -140m), null, null), today));

        var edited = made with { CalibratedP = 0.99 };
        var mismatch = ProposalVerification.Verify(new RecordedProposal(Guid.NewGuid(), edited, Input(Amazon, -140m), null, null), today);
        Assert.NotNull(mismatch);
        Assert.Contains("calibratedP", mismatch.Fields);
    }
}
