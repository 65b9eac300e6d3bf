using Ledger.Domain.Decisions.Earned;

namespace Ledger.Domain.Tests.Decisions.Earned;

/// <summary>The bound arithmetic, checked against figures worked out by hand.</summary>
public sealed class ErrorBoundTests
{
    [Fact]
    public void No_errors_bound_the_rate_by_one_minus_alpha_to_the_one_over_n()
    {
        // 1 − 0.05^(1/598) = 1 − e^(ln 0.05 / 598) = 1 − e^(−2.995732 / 598) = 1 − e^(−0.0050096) = 0.0049971
        Assert.Equal(0.0049971, ErrorBound.Upper(0, 598), 6);
        // One outcome fewer and the bound is past 0.5%: 598 clean outcomes is the least that earns a threshold.
        Assert.Equal(0.0050054, ErrorBound.Upper(0, 597), 6);
        Assert.True(ErrorBound.Upper(0, 598) <= 0.005 && ErrorBound.Upper(0, 597) > 0.005);
    }

    [Fact]
    public void One_error_in_ten_gives_the_clopper_pearson_table_value()
    {
        // Solve (1 − p)^10 + 10·p·(1 − p)^9 = 0.05: at p = 0.3942, 0.6058^10 = 0.006633 and 10·0.3942·0.6058^9 = 0.043165, sum 0.0498.
        Assert.Equal(0.3942, ErrorBound.Upper(1, 10), 4);
        Assert.Equal(0.05, ErrorBound.BinomialCdf(1, 10, ErrorBound.Upper(1, 10)), 9);
    }

    [Fact]
    public void Edge_cases_are_certain_or_refused()
    {
        Assert.Equal(1.0, ErrorBound.Upper(0, 0));
        Assert.Equal(1.0, ErrorBound.Upper(5, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBound.Upper(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBound.Upper(0, 10, confidence: 1.0));
    }
}
