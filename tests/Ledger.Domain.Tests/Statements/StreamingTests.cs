using System.Diagnostics;
using Ledger.Domain.Statements;
using Xunit.Abstractions;

namespace Ledger.Domain.Tests.Statements;

public class StreamingTests(ITestOutputHelper output)
{
    private const int Count = 100_000;

    [Theory]
    [InlineData("big.ofx")]
    [InlineData("big.csv")]
    public void Hundred_thousand_transactions_stream_through_read_lines(string name)
    {
        using var file = new MemoryStream();
        if (name.EndsWith(".ofx")) SampleStatements.WriteOfx(file, Count, seed: 7);
        else SampleStatements.WriteCsv(file, Count, seed: 7);
        file.Position = 0;

        var clock = Stopwatch.StartNew();
        var reader = StatementReaders.Open(name, file);
        var count = 0;
        var total = 0m;
        foreach (var line in reader.ReadLines()) // counted, never collected
        {
            count++;
            total += line.Amount;
        }
        clock.Stop();

        Assert.Equal(Count, count);
        Assert.Empty(reader.Errors);
        Assert.Equal(Count, reader.Summary.LineCount);
        if (name.EndsWith(".ofx")) Assert.Equal(total, reader.Summary.LedgerBalance!.Amount);
        output.WriteLine($"{name}: {Count / clock.Elapsed.TotalSeconds:N0} lines/s ({clock.ElapsedMilliseconds} ms)");
    }

    [Fact]
    public void Sample_statements_are_deterministic_with_unique_fitids()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        SampleStatements.WriteCsv(a, 500, 3);
        SampleStatements.WriteCsv(b, 500, 3);
        Assert.Equal(a.ToArray(), b.ToArray());
        a.Position = 0;
        var lines = StatementReaders.Open("s.csv", a).ReadLines().ToList();
        Assert.Equal(500, lines.Select(l => l.FitId).Distinct().Count());
        Assert.Contains(lines, l => l.Amount > 0);
        Assert.Contains(lines, l => l.Amount < 0);
        Assert.True(lines.Select(l => l.Payee).Distinct().Count() > 10);
    }
}
