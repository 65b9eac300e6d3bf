using System.Text;
using Ledger.Domain.Statements;

namespace Ledger.Domain.Tests.Statements;

/// <summary>
/// The importer reads a file twice (check everything, then plan and write in chunks) and numbers identical rows without
/// keeping a counter per row: the second pass must see exactly what the first saw, and the numbering must equal an exact count.
/// </summary>
public class TwoPassTests
{
    [Theory]
    [InlineData("big.ofx")]
    [InlineData("big.csv")]
    public void Reopen_reads_the_same_lines_again(string name)
    {
        using var file = new MemoryStream();
        if (name.EndsWith(".ofx")) SampleStatements.WriteOfx(file, 3_000, seed: 5);
        else SampleStatements.WriteCsv(file, 3_000, seed: 5);
        file.Position = 0;

        var first = StatementReaders.Open(name, file);
        var lines = first.ReadLines().ToList();
        var second = first.Reopen();
        var again = second.ReadLines().ToList();

        Assert.Equal(3_000, lines.Count);
        Assert.Equal(lines, again);
        Assert.Empty(second.Errors);
        Assert.Equal(first.Summary.LedgerBalance, second.Summary.LedgerBalance);
    }

    [Fact]
    public void Reopen_keeps_a_date_order_only_the_whole_file_could_decide()
    {
        // Every date in the first 64 KB reads both ways; the last row decides month-first. A reopened reader must not
        // sniff the head again (it would be ambiguous): it keeps the decision.
        var csv = new StringBuilder("Date,Description,Amount\n");
        for (var i = 0; i < 3_000; i++) csv.Append($"0{1 + i % 9}/0{1 + i % 9}/2026,SHELL OIL {i:0000},-{1 + i % 50}.25\n");
        csv.Append("03/25/2026,LAST ROW DECIDES,-9.99\n");
        var first = StatementReaders.Open("late.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())));
        var lines = first.ReadLines().ToList();

        var again = first.Reopen().ReadLines().ToList();

        Assert.Equal(3_001, again.Count);
        Assert.Equal(lines, again);
        Assert.Equal(new NodaTime.LocalDate(2026, 3, 25), again[^1].PostedOn);
    }

    [Theory]
    [InlineData(100_000)]  // a filter sized for the file
    [InlineData(1)]        // the smallest filter, far too small: many false positives, still exact
    public void Twin_numbering_equals_an_exact_count(int expectedRows)
    {
        var random = new Random(42);
        // 20,000 rows over 12,000 fingerprints: many appear once, some twice, a few many times, in random order.
        var fingerprints = Enumerable.Range(0, 20_000)
            .Select(_ => random.Next(4) == 0 ? random.Next(30) : random.Next(12_000))
            .Select(k => Convert.ToHexString(BitConverter.GetBytes((ulong)k * 0x9E3779B97F4A7C15UL)).ToLowerInvariant())
            .ToList();
        var twins = new TwinRows(expectedRows);
        foreach (var f in fingerprints) twins.Observe(f);

        var exact = new Dictionary<string, int>();
        var expected = fingerprints.Select(f => exact[f] = exact.GetValueOrDefault(f) + 1).ToList();
        var numbering = twins.Number();
        Assert.Equal(expected, fingerprints.Select(numbering.Next).ToList());
        // A retry of the second pass starts counting again.
        var retry = twins.Number();
        Assert.Equal(expected, fingerprints.Select(retry.Next).ToList());

        var repeated = exact.Count(e => e.Value > 1);
        Assert.InRange(twins.MaybeRepeated, repeated, fingerprints.Count);
        if (expectedRows >= fingerprints.Count) Assert.True(twins.MaybeRepeated < repeated + 100, $"{twins.MaybeRepeated} maybe-repeated keys for {repeated} repeated");
    }

    [Fact]
    public void A_file_planned_in_chunks_gets_the_ids_of_the_file_planned_whole()
    {
        var lines = Enumerable.Range(0, 500)
            .Select(i => new StatementLine(i + 2, new NodaTime.LocalDate(2026, 4, 1 + i % 3), -(1 + i % 4), "SQ *BLUE BOTTLE COFFEE", null, null, null, null, null))
            .ToList();
        var whole = ImportPlanner.Candidates("1000", lines).Select(c => c.PrimaryId).ToList();

        var twins = new TwinRows(lines.Count);
        foreach (var l in lines) twins.Observe(TransactionIds.Fingerprint(l));
        var numbering = twins.Number();
        var chunked = lines.Chunk(7).SelectMany(chunk => ImportPlanner.Candidates("1000", chunk, numbering.Next)).Select(c => c.PrimaryId).ToList();

        Assert.Equal(whole, chunked);
        Assert.Equal(500, chunked.Distinct().Count());
    }
}
