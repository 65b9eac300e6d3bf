using Ledger.Domain.Statements;

namespace Ledger.Jobs.Commands.Fuzz;

public sealed record LargeFileTimes(int Files, double MedianSeconds, double MaxSeconds, int OverBudget, FuzzTally Tally)
{
    public const double BudgetSeconds = 1.0;
    public bool WithinBudget => OverBudget == 0 && Tally.Findings.Count == 0;

    public string Line() => Files == 0 ? "1 MB files: none timed" :
        $"1 MB files: {Files} mutated OFX/CSV statements read through both passes in median {MedianSeconds:N3} s, max {MaxSeconds:N3} s " +
        $"({OverBudget} over the {BudgetSeconds:N0} s budget); {Tally.Line()}";
}

/// <summary>The parse budget: a mutated statement of about 1 MB is read through both import passes in at most a second.</summary>
public static class LargeFiles
{
    const int Bytes = 1 << 20;

    public static LargeFileTimes Run(int count, int seed, TimeSpan timeout)
    {
        var tally = new FuzzTally();
        if (count == 0) return new LargeFileTimes(0, 0, 0, 0, tally);
        var seeds = new[] { ("large.ofx", Generate(SampleStatements.WriteOfx)), ("large.csv", Generate(SampleStatements.WriteCsv)) };
        var times = new List<double>();
        // One warm-up read so the first timing is not the JIT's.
        ReaderCheck.Run(new MutatedStatement("large.ofx", 0, "none", seeds[0].Item2), timeout);
        for (var i = 0; i < count; i++)
        {
            var (name, bytes) = seeds[i % seeds.Length];
            var r = ReaderCheck.Run(StatementMutator.Mutate(name, bytes, unchecked(seed * 31 + i)), timeout);
            tally.Add(r);
            times.Add(r.Took.TotalSeconds);
        }
        times.Sort();
        return new LargeFileTimes(count, times[times.Count / 2], times[^1], times.Count(t => t > LargeFileTimes.BudgetSeconds), tally);
    }

    static byte[] Generate(Action<Stream, int, int> write)
    {
        using var probe = new MemoryStream();
        write(probe, 1000, 5);
        var rows = (int)(1000L * Bytes / probe.Length);
        using var full = new MemoryStream();
        write(full, rows, 5);
        return full.ToArray();
    }
}
