using BenchmarkDotNet.Attributes;
using Ledger.Domain.Statements;

namespace Ledger.Benchmarks;

/// <summary>
/// Reading a generated statement of 10,000 lines (the importer's generator, as bench-import uses) from memory: sniffing, then
/// every line parsed and validated. Disk and database are left out; bench-import measures the whole import.
/// </summary>
[MemoryDiagnoser]
public class StatementParseBenchmarks
{
    const int Rows = 10_000;
    byte[] ofx = [], csv = [];

    [GlobalSetup]
    public void Setup()
    {
        ofx = Generate(s => SampleStatements.WriteOfx(s, Rows, seed: 11));
        csv = Generate(s => SampleStatements.WriteCsv(s, Rows, seed: 12));
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int OfxParse() => Read("bench.ofx", ofx);

    [Benchmark(OperationsPerInvoke = Rows)]
    public int CsvParse() => Read("bench.csv", csv);

    static int Read(string name, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var reader = StatementReaders.Open(name, stream);
        var n = reader.ReadLines().Count();
        if (n != Rows || reader.Errors.Count > 0) throw new InvalidOperationException($"{name}: {n} lines, {reader.Errors.Count} errors");
        return n;
    }

    static byte[] Generate(Action<Stream> write)
    {
        using var s = new MemoryStream();
        write(s);
        return s.ToArray();
    }
}
