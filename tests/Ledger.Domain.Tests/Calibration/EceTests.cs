using Ledger.Domain.Calibration;

namespace Ledger.Domain.Tests.Calibration;

public class EceTests
{
    [Fact]
    public void Hand_computed_example_with_five_bins()
    {
        // Bins of width 0.2: [0,.2) [.2,.4) [.4,.6) [.6,.8) [.8,1.0]
        // bin 1: 0.30✗ 0.20✓            n=2 conf=0.25  acc=0.50 gap 0.25
        // bin 3: 0.70✓ 0.65✗            n=2 conf=0.675 acc=0.50 gap 0.175
        // bin 4: 0.95✓ 0.90✓ 0.85✗ 1.0✓ n=4 conf=0.925 acc=0.75 gap 0.175   (1.0 goes into the last bin)
        // ECE = 2/8·0.25 + 2/8·0.175 + 4/8·0.175 = 0.0625 + 0.04375 + 0.0875 = 0.19375
        var result = Ece.Compute(BrierTests.HandExample, bins: 5);

        Assert.Equal(0.19375, result.Ece, 12);
        Assert.Equal([0, 2, 0, 2, 4], result.Bins.Select(b => b.Count));
        Assert.Equal([0, 1, 0, 1, 3], result.Bins.Select(b => b.CorrectCount));
        Assert.Equal(3.7, result.Bins[4].SumConfidence, 12);
        Assert.Equal(0.8, result.Bins[4].Lower, 12);
        Assert.Equal(1.0, result.Bins[4].Upper, 12);
    }

    [Fact]
    public void Default_is_fifteen_bins_and_one_lands_in_last()
    {
        var result = Ece.Compute([(1.0, true), (0.0, false)]);
        Assert.Equal(15, result.Bins.Count);
        Assert.Equal(1, result.Bins[14].Count);
        Assert.Equal(1, result.Bins[0].Count);
        Assert.Equal(0.0, result.Ece);
    }

    [Fact]
    public void Empty_input_is_zero() => Assert.Equal(0.0, Ece.Compute([]).Ece);

    [Fact]
    public void Adding_two_days_of_bins_equals_the_window_at_once()
    {
        var all = CalibrationSamples.Overconfident(500);
        var day1 = EceBins.From(all.Take(200));
        var day2 = EceBins.From(all.Skip(200));

        var summed = Ece.FromBins(EceBins.Add(day1, day2));
        var whole = Ece.Compute(all);

        Assert.Equal(whole.Bins.Select(b => b.Count), summed.Bins.Select(b => b.Count));
        Assert.Equal(whole.Bins.Select(b => b.CorrectCount), summed.Bins.Select(b => b.CorrectCount));
        Assert.Equal(whole.Ece, summed.Ece, 12);
    }

    [Fact]
    public void Adding_mismatched_bin_sets_fails() =>
        Assert.Throws<ArgumentException>(() => EceBins.Add(EceBins.Empty(10), EceBins.Empty(15)));
}
