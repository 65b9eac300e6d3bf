using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>A similar vendor's history, with too few outcomes of its own, is calibrated as vendor history is (decision 50).</summary>
public sealed class SourceCalibrationsTests
{
    // History is right 29 times in 30 at raw p 0.67 (one label): its calibrator says so.
    private static readonly CalibrationModel History = CalibrationFitter.Fit([.. Enumerable.Repeat((0.67, true), 29), (0.67, false)]);

    [Fact]
    public void A_similar_vendor_with_fewer_than_30_outcomes_borrows_historys_calibrator()
    {
        var few = CalibrationFitter.Fit([.. Enumerable.Repeat((0.67, true), 12)]);
        var calibrations = SourceCalibrations.FromModels(SourceCalibrations.WithBorrowed(new Dictionary<string, CalibrationModel>
        {
            [ProposalSources.VendorHistory] = History, [ProposalSources.SimilarVendor] = few,
        }));

        Assert.Equal(CalibrationMethod.Platt, History.Method);
        Assert.Equal(calibrations.Calibrate(ProposalSources.VendorHistory, 0.67), calibrations.Calibrate(ProposalSources.SimilarVendor, 0.67));
        Assert.True(calibrations.Calibrate(ProposalSources.SimilarVendor, 0.67) > 0.9);
    }

    [Fact]
    public void From_30_outcomes_the_similar_vendor_is_calibrated_on_its_own()
    {
        var own = CalibrationFitter.Fit([.. Enumerable.Repeat((0.67, true), 20), .. Enumerable.Repeat((0.67, false), 10)]);
        var calibrations = SourceCalibrations.FromModels(SourceCalibrations.WithBorrowed(new Dictionary<string, CalibrationModel>
        {
            [ProposalSources.VendorHistory] = History, [ProposalSources.SimilarVendor] = own,
        }));

        Assert.Equal(own.Apply(0.67), calibrations.Calibrate(ProposalSources.SimilarVendor, 0.67));
        Assert.True(calibrations.Calibrate(ProposalSources.SimilarVendor, 0.67) < 0.75);
    }
}
