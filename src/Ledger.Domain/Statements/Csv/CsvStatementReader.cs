using System.Text;

namespace Ledger.Domain.Statements.Csv;

/// <summary>Streams a CSV bank export through a resolved layout. Create decides the layout (and reads the file once more if the day/month order needs every row).</summary>
internal sealed class CsvStatementReader : IStatementReader
{
    private readonly string fileName;
    private readonly Stream content;
    private readonly Encoding encoding;
    private readonly CsvLayout layout;
    private readonly List<StatementError> errors = [];
    private readonly long start;
    private bool started;

    private CsvStatementReader(string fileName, Stream content, Encoding encoding, CsvLayout layout)
    {
        this.fileName = fileName;
        this.content = content;
        this.encoding = encoding;
        this.layout = layout;
        start = content.Position;
    }

    public StatementFormat Format => StatementFormat.Csv;
    public IReadOnlyList<StatementError> Errors => errors;
    public StatementSummary Summary { get; } = new() { Format = StatementFormat.Csv };

    public static CsvStatementReader Create(string fileName, Stream content, Encoding encoding, string head, CsvProfile? profile)
    {
        CsvLayout layout;
        if (profile is not null)
        {
            var records = CsvLayoutDetector.ReadRecords(head, profile.Delimiter, profile.SkipLines + 50);
            var header = profile.HasHeader ? records.FirstOrDefault(r => r.Line > profile.SkipLines) : null;
            layout = CsvLayout.FromProfile(fileName, profile, header?.Fields ?? [], header?.Line ?? profile.SkipLines + 1);
            layout.DataAfterLine = header?.Line ?? profile.SkipLines;
        }
        else
        {
            layout = CsvLayoutDetector.Detect(fileName, head);
        }
        layout.Order ??= ScanDateOrder(fileName, content, encoding, layout);
        return new CsvStatementReader(fileName, content, encoding, layout);
    }

    private static DateOrder ScanDateOrder(string fileName, Stream content, Encoding encoding, CsvLayout layout)
    {
        var start = content.Position;
        var evidence = new CsvDateOrderScan.Evidence();
        using (var reader = new StreamReader(content, encoding, true, 1 << 16, leaveOpen: true))
        {
            var rows = new CsvRowReader(reader, layout.Delimiter);
            while (rows.Read())
                if (rows.LineNumber > layout.DataAfterLine && layout.Date < rows.Fields.Count)
                    evidence.Add(rows.Fields[layout.Date], rows.LineNumber);
        }
        content.Position = start;
        return evidence.Decide(fileName, layout.FieldName(layout.Date));
    }

    public IStatementReader Reopen()
    {
        content.Position = start;
        return new CsvStatementReader(fileName, content, encoding, layout);
    }

    public IEnumerable<StatementLine> ReadLines()
    {
        if (started) throw new InvalidOperationException("ReadLines can be enumerated only once.");
        started = true;
        return Read();
    }

    private IEnumerable<StatementLine> Read()
    {
        using var reader = new StreamReader(content, encoding, true, 1 << 16, leaveOpen: true);
        var rows = new CsvRowReader(reader, layout.Delimiter);
        var parser = new CsvLineParser(fileName, layout, errors, Summary);
        while (rows.Read())
        {
            if (rows.LineNumber <= layout.DataAfterLine) continue;
            var line = parser.Parse(rows.LineNumber, rows.Fields);
            if (line is null) continue;
            Summary.Count(line);
            yield return line;
        }
        // The rest of the file went into one field: a download or upload cut short, or a stray quote. Issue #16.
        if (rows.UnclosedQuote is var (at, field))
            errors.Add(new StatementError(fileName, at, layout.FieldName(field),
                $"Line {at}, {layout.FieldName(field)}: a quote opened here is never closed, so the file is cut short or damaged."));
    }
}
