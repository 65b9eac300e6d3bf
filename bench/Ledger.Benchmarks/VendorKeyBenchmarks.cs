using BenchmarkDotNet.Attributes;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Evaluation;

namespace Ledger.Benchmarks;

/// <summary>
/// Vendor key normalisation over 1,000 descriptions of the hard generated feed. Memoised is what the decision pipeline pays
/// (it asks for the same key several times per decision); computed is a description seen for the first time (generation 2's
/// key, which the memo does not hold).
/// </summary>
[MemoryDiagnoser]
public class VendorKeyBenchmarks
{
    string[] descriptions = [];

    [GlobalSetup]
    public void Setup() => descriptions = HardFeedGenerator.Generate(7, 2024).Take(1_000).Select(r => r.RawDescription).ToArray();

    [Benchmark(OperationsPerInvoke = 1_000)]
    public int Computed()
    {
        var n = 0;
        foreach (var d in descriptions) n += VendorKey.Normalize(d, cascadeGeneration: 2).Length;
        return n;
    }

    [Benchmark(OperationsPerInvoke = 1_000)]
    public int Memoised()
    {
        var n = 0;
        foreach (var d in descriptions) n += VendorKey.Normalize(d).Length;
        return n;
    }
}
