using System.Text;
using Ledger.Domain.Statements.Csv;
using Ledger.Domain.Statements.Ofx;
using Ledger.Domain.Statements.Text;

namespace Ledger.Domain.Statements;

public static class StatementReaders
{
    private const int HeadChars = 1 << 16;

    /// <summary>
    /// Opens a statement by sniffing its content (not its extension). The stream must be seekable;
    /// detection reads only its head (plus a byte scan for the encoding) and rewinds. A CSV profile,
    /// when given, is used as is; otherwise the CSV layout is detected. Throws StatementFormatException
    /// when the file as a whole cannot be read.
    /// </summary>
    public static IStatementReader Open(string fileName, Stream content, CsvProfile? profile = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanSeek) throw new ArgumentException("The statement stream must be seekable (spool uploads to a temp file).", nameof(content));
        var encoding = EncodingSniffer.Detect(content);
        var head = ReadHead(content, encoding);

        if (profile is null && OfxSniffer.LooksLikeOfx(head))
        {
            if (OfxSniffer.Investment(head) is var (tag, line)) throw OfxSniffer.InvestmentRefusal(fileName, tag, line);
            return new OfxStatementReader(fileName, content, encoding, OfxSniffer.FormatOf(fileName, head));
        }
        if (head.AsSpan().Trim().IsEmpty) throw new StatementFormatException([new(fileName, 1, "file", "Line 1: the file is empty.")]);
        return CsvStatementReader.Create(fileName, content, encoding, head, profile);
    }

    private static string ReadHead(Stream content, Encoding encoding)
    {
        var start = content.Position;
        using var reader = new StreamReader(content, encoding, true, 1 << 14, leaveOpen: true);
        var buf = new char[HeadChars];
        var n = reader.ReadBlock(buf, 0, buf.Length);
        content.Position = start;
        return new string(buf, 0, n);
    }
}
