namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// How much a payee's lines are for: log-normal around a median (<paramref name="Spread"/> is the standard
/// deviation of the log), or a fixed price that may step up during the year.
/// </summary>
public sealed record Amounts(decimal Median, double Spread, (int FromMonth, decimal Amount)[] Steps)
{
    public decimal Unit { get; init; } = 0.01m;
    public decimal Min { get; init; } = 0.5m;
    public decimal Max { get; init; } = 1_000_000m;
    public double[]? MonthFactors { get; init; }

    public static Amounts Around(decimal median, double spread) => new(median, spread, []);

    public static Amounts Fixed(decimal amount, (int FromMonth, decimal Amount)[] steps) => new(amount, 0, steps);

    /// <summary>A positive amount for a line in <paramref name="month"/>.</summary>
    public decimal Draw(int month, Random random)
    {
        var value = (double)Steps.Where(s => s.FromMonth <= month).Select(s => s.Amount).DefaultIfEmpty(Median).Last();
        if (Spread > 0) value *= Math.Exp(Spread * Gaussian(random));
        if (MonthFactors is { } factors) value *= factors[month - 1];
        var clamped = Math.Clamp((decimal)value, Min, Max);
        return Math.Max(Unit, Math.Round(clamped / Unit, MidpointRounding.AwayFromZero) * Unit);
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
