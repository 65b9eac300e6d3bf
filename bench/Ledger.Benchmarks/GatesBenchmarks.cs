using BenchmarkDotNet.Attributes;
using Ledger.Domain.Decisions;

namespace Ledger.Benchmarks;

/// <summary>The gates on a balanced two-line proposal: one that passes them all, and one held back by cold start.</summary>
[MemoryDiagnoser]
public class GatesBenchmarks
{
    static readonly TenantPolicy Policy = new(0.90, 3, AutopostEnabled: true, Version: 1)
    {
        EarnedThresholds = [new EarnedThreshold("history", 0.95)],
    };
    static readonly JournalLine[] Lines = [new("6300", 31.15m, 0m, "STAPLES 00123"), new("1000", 0m, 31.15m, "STAPLES 00123")];
    readonly GateInputs passing = new(12, 0.97, Lines, false, Policy) { Source = "history" };
    readonly GateInputs coldStart = new(1, 0.97, Lines, false, Policy) { Source = "model" };

    [Benchmark]
    public GateDecision Passing() => Gates.Evaluate(passing, ProposalFacts.Legacy);

    [Benchmark]
    public GateDecision ColdStart() => Gates.Evaluate(coldStart, ProposalFacts.Legacy);
}
