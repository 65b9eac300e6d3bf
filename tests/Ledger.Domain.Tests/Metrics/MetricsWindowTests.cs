using Ledger.Domain.Calibration;
using Ledger.Domain.Decisions;
using Ledger.Domain.Metrics;
using NodaTime;

namespace Ledger.Domain.Tests.Metrics;

public class MetricsWindowTests
{
    private static readonly LocalDate Monday = new(2024, 10, 7);

    [Fact]
    public void Empty_window_is_all_zeros()
    {
        var s = MetricsWindow.Sum([]);

        Assert.Equal(0, s.Days);
        Assert.Equal(0, s.PopulationN);
        Assert.Equal(0.0, s.AutomationRate);
        Assert.Equal(0.0, s.AutoPostRate);
        Assert.Equal(0.0, s.Accuracy);
        Assert.Equal(0.0, s.AutoPostPrecision);
        Assert.Equal(0.0, s.Brier);
        Assert.Equal(0.0, s.Ece);
        Assert.Equal(15, s.EceBins.Count);
        Assert.Empty(s.Reasons);
        Assert.Equal(0m, s.LlmSpendUsd);
    }

    [Fact]
    public void Days_with_no_activity_do_not_divide_by_zero()
    {
        var s = MetricsWindow.Sum([MetricsDay.Empty(Monday), MetricsDay.Empty(Monday.PlusDays(1))]);
        Assert.Equal(2, s.Days);
        Assert.Equal(0, s.PopulationN);
        Assert.Equal(0.0, s.Accuracy);
    }

    [Fact]
    public void Hand_computed_two_day_window()
    {
        // Day 1: 10 decided, 6 would auto-post, 4 auto-posted; 8 final answers, 6 right; 4 auto-posted final, 3 right.
        //        Outcomes (p, ok): (0.9 ✓) (0.9 ✓) (0.6 ✗)
        // Day 2: 30 decided, 18 would, 12 posted; 12 final, 11 right; 12 auto-posted final, 12 right.
        //        Outcomes: (0.9 ✓) (0.3 ✗)
        // Window: decided 40 -> automation 24/40 = 0.6, auto-post 16/40 = 0.4,
        //         accuracy 17/20 = 0.85, precision 15/16 = 0.9375.
        // Brier: day1 0.01+0.01+0.36 = 0.38, day2 0.01+0.09 = 0.10 -> 0.48/5 = 0.096.
        // ECE (5 bins): bin4 {0.9✓ x3} conf 2.7 correct 3 -> |3-2.7| = 0.3
        //               bin3 {0.6✗} -> 0.6;  bin1 {0.3✗} -> 0.3;  ECE = (0.3+0.6+0.3)/5 = 0.24
        (double, bool)[] day1Outcomes = [(0.9, true), (0.9, true), (0.6, false)];
        (double, bool)[] day2Outcomes = [(0.9, true), (0.3, false)];
        var day1 = Day(Monday, 10, 6, 4, 8, 6, 4, 3, day1Outcomes,
            new() { [ReasonCode.BelowThreshold] = 3, [ReasonCode.ColdStartVendor] = 2 }, 0.12m);
        var day2 = Day(Monday.PlusDays(1), 30, 18, 12, 12, 11, 12, 12, day2Outcomes,
            new() { [ReasonCode.BelowThreshold] = 10, [ReasonCode.AutopostDisabled] = 6 }, 0.30m);

        var s = MetricsWindow.Sum([day1, day2]);

        Assert.Equal(40, s.PopulationN);
        Assert.Equal(0.6, s.AutomationRate, 12);
        Assert.Equal(0.4, s.AutoPostRate, 12);
        Assert.Equal(20, s.AccuracyN);
        Assert.Equal(0.85, s.Accuracy, 12);
        Assert.Equal(16, s.AutoPostPrecisionN);
        Assert.Equal(0.9375, s.AutoPostPrecision, 12);
        Assert.Equal(5, s.BrierN);
        Assert.Equal(0.096, s.Brier, 12);
        Assert.Equal(0.24, s.Ece, 12);
        Assert.Equal([ReasonCode.AutopostDisabled, ReasonCode.BelowThreshold, ReasonCode.ColdStartVendor], s.Reasons.Keys);
        Assert.Equal(13, s.Reasons[ReasonCode.BelowThreshold]);
        Assert.Equal(0.42m, s.LlmSpendUsd);
    }

    private static MetricsDay Day(LocalDate day, int decided, int would, int posted, int final, int correctFinal,
        int postedFinal, int postedCorrect, (double p, bool ok)[] outcomes, Dictionary<string, int> reasons, decimal spend)
    {
        var (brierSum, brierCount) = Brier.SumAndCount(outcomes);
        return new MetricsDay(day, decided, would, posted, Reviewed: decided - posted, Corrected: final - correctFinal,
            final, correctFinal, postedFinal, postedCorrect, reasons, brierSum, brierCount, EceBins.From(outcomes, 5), spend);
    }
}
