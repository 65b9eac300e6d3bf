namespace Ledger.Domain.Calibration;

/// <summary>
/// Isotonic regression: the best non-decreasing step fit of accuracy against raw confidence, found by
/// pool-adjacent-violators. Needs many labels (the fitter uses it from 1,000) but assumes no shape, so it
/// fixes miscalibration Platt's sigmoid cannot. Between breakpoints we interpolate linearly, like
/// scikit-learn, so nearby raw scores do not jump between plateaus.
/// </summary>
public sealed class IsotonicCalibrator : ICalibrator
{
    private readonly double[] _x, _y;

    /// <param name="breakpointsX">Strictly increasing raw confidences.</param>
    /// <param name="breakpointsY">Non-decreasing fitted probabilities, same length.</param>
    public IsotonicCalibrator(double[] breakpointsX, double[] breakpointsY)
    {
        if (breakpointsX.Length == 0 || breakpointsX.Length != breakpointsY.Length)
            throw new ArgumentException("Isotonic breakpoints must be non-empty and of equal length.");
        _x = breakpointsX;
        _y = breakpointsY;
    }

    public string Method => CalibrationMethod.Isotonic;
    public IReadOnlyList<double> BreakpointsX => _x;
    public IReadOnlyList<double> BreakpointsY => _y;

    public double Calibrate(double rawP)
    {
        Probability.Require(rawP, nameof(rawP));
        if (rawP <= _x[0]) return Probability.ClampCalibrated(_y[0]);
        if (rawP >= _x[^1]) return Probability.ClampCalibrated(_y[^1]);
        var hi = Array.BinarySearch(_x, rawP);
        if (hi >= 0) return Probability.ClampCalibrated(_y[hi]);
        hi = ~hi;
        var lo = hi - 1;
        var share = (rawP - _x[lo]) / (_x[hi] - _x[lo]);
        return Probability.ClampCalibrated(_y[lo] + share * (_y[hi] - _y[lo]));
    }

    public static IsotonicCalibrator Fit(IReadOnlyList<(double rawP, bool correct)> samples)
    {
        if (samples.Count == 0) throw new ArgumentException("Cannot fit isotonic regression on no samples.");

        // Equal raw scores are pooled first so breakpoints are strictly increasing.
        var points = samples
            .Select(s => { Probability.Require(s.rawP, nameof(samples)); return s; })
            .GroupBy(s => s.rawP)
            .OrderBy(g => g.Key)
            .Select(g => new Block(g.Key, g.Key, g.Count(s => s.correct), g.Count()));

        var stack = new List<Block>();
        foreach (var point in points)
        {
            stack.Add(point);
            // Merge while the previous block is not below the last one (>= also pools equal plateaus).
            while (stack.Count >= 2 && stack[^2].Mean >= stack[^1].Mean)
            {
                var merged = stack[^2].Merge(stack[^1]);
                stack.RemoveRange(stack.Count - 2, 2);
                stack.Add(merged);
            }
        }

        // Each plateau contributes its two ends, so interpolation stays flat inside it.
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var block in stack)
        {
            xs.Add(block.MinX); ys.Add(block.Mean);
            if (block.MaxX > block.MinX) { xs.Add(block.MaxX); ys.Add(block.Mean); }
        }
        return new IsotonicCalibrator(xs.ToArray(), ys.ToArray());
    }

    private readonly record struct Block(double MinX, double MaxX, double Correct, double Weight)
    {
        public double Mean => Correct / Weight;
        public Block Merge(Block next) => new(MinX, next.MaxX, Correct + next.Correct, Weight + next.Weight);
    }
}
