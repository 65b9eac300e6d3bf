using Ledger.Domain.Calibration;

namespace Ledger.Domain.Tests.Calibration;

public class BrierTests
{
    /// <summary>Shared with <see cref="EceTests"/>; the arithmetic is written out there and here.</summary>
    internal static readonly (double p, bool correct)[] HandExample =
    [
        (0.95, true), (0.90, true), (0.85, false), (0.70, true),
        (0.65, false), (0.30, false), (0.20, true), (1.00, true),
    ];

    [Fact]
    public void Hand_computed_example()
    {
        // (p - y)^2 per prediction:
        // 0.05² = 0.0025, 0.10² = 0.01, 0.85² = 0.7225, 0.30² = 0.09,
        // 0.65² = 0.4225, 0.30² = 0.09, 0.80² = 0.64,   0.00² = 0
        // sum = 1.9775, mean over 8 = 0.2471875
        Assert.Equal(0.2471875, Brier.Score(HandExample), 12);
    }

    [Fact]
    public void Perfect_and_worst_and_empty()
    {
        Assert.Equal(0.0, Brier.Score([(1.0, true), (0.0, false)]));
        Assert.Equal(1.0, Brier.Score([(1.0, false), (0.0, true)]));
        Assert.Equal(0.0, Brier.Score([]));
    }

    [Fact]
    public void Rejects_probability_outside_unit_interval() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Brier.Score([(1.2, true)]));
}
