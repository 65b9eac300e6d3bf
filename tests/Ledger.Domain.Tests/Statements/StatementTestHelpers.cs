using System.Text;
using Ledger.Domain.Statements;
using Ledger.Domain.Statements.Csv;

namespace Ledger.Domain.Tests.Statements;

/// <summary>Reads a statement to the end so lines, errors and summary can be asserted together.</summary>
internal sealed record ReadResult(IStatementReader Reader, List<StatementLine> Lines)
{
    public IReadOnlyList<StatementError> Errors => Reader.Errors;
    public StatementSummary Summary => Reader.Summary;

    public static ReadResult Fixture(string relative, CsvProfile? profile = null)
    {
        using var stream = Fixtures.Open(relative);
        var reader = StatementReaders.Open(System.IO.Path.GetFileName(relative), stream, profile);
        return new ReadResult(reader, reader.ReadLines().ToList());
    }

    public static ReadResult Text(string fileName, string content, CsvProfile? profile = null, Encoding? encoding = null) =>
        Bytes(fileName, (encoding ?? new UTF8Encoding(false)).GetBytes(content), profile);

    public static ReadResult Bytes(string fileName, byte[] content, CsvProfile? profile = null)
    {
        var reader = StatementReaders.Open(fileName, new MemoryStream(content), profile);
        return new ReadResult(reader, reader.ReadLines().ToList());
    }

    public static StatementFormatException Refusal(string relative)
    {
        using var stream = Fixtures.Open(relative);
        return Assert.Throws<StatementFormatException>(() =>
            StatementReaders.Open(System.IO.Path.GetFileName(relative), stream).ReadLines().ToList());
    }
}
