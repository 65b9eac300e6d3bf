namespace Ledger.Jobs.Commands.Bench;

/// <summary>
/// One macro figure of issue 15's table: what the product did, the goal, and (where one exists) the limit, measured in the same
/// run on the same rows: the cost of the storage work alone. Figure ÷ limit says how much of the hardware the product uses.
/// </summary>
public sealed record BenchFigure(string Measure, string Unit, double Value, double Goal, bool HigherIsBetter, string? LimitName, double? Limit, string Note)
{
    public double? RatioToLimit => Limit is > 0 ? Value / Limit : null;
    public bool GoalMet => HigherIsBetter ? Value >= Goal : Value <= Goal;
}

/// <summary>Sizes of one run: rows per imported file, transactions decided (among tenants), and the HTTP round if any.</summary>
public sealed record BenchSize(string Name, int ImportRows, int Decisions, int Tenants)
{
    public static BenchSize Parse(string name) => name switch
    {
        "tiny" => new("tiny", 300, 150, 1),        // the smoke test: every figure present, nothing timed
        "small" => new("small", 10_000, 3_000, 1),  // about a minute
        "medium" => new("medium", 50_000, 20_000, 3),
        "full" => new("full", 100_000, 50_000, 3),  // issue 15's sizes
        _ => throw new Ledger.Domain.DomainException($"--size must be small, medium or full (tiny for the smoke test), not '{name}'."),
    };
}
