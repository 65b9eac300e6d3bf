using System.Buffers;
using System.Text;

namespace Ledger.Domain.Statements.Csv;

/// <summary>
/// RFC 4180 record reader (quotes, doubled quotes, line breaks inside quotes) over a TextReader,
/// tolerant of junk after a closing quote. Knows the 1-based file line each record starts on so
/// errors can point at it. Fields are trimmed because banks pad fixed-width values with spaces.
/// </summary>
internal sealed class CsvRowReader(TextReader reader, char delimiter)
{
    private readonly char[] buf = new char[1 << 16];
    private readonly StringBuilder sb = new();
    private readonly SearchValues<char> stops = SearchValues.Create([delimiter, '\r', '\n', '"']);
    private int pos;
    private int len;
    private int line = 1;

    public int LineNumber { get; private set; }

    public List<string> Fields { get; } = [];

    /// <summary>The line and field index of a quote still open at the end of the input (a cut-short file), if any.</summary>
    public (int Line, int Field)? UnclosedQuote { get; private set; }

    public bool Read()
    {
        Fields.Clear();
        if (!Fill()) return false;
        LineNumber = line;
        while (true)
        {
            sb.Clear();
            ReadField();
            Fields.Add(Trim(sb));
            if (!Fill()) return true;
            var c = buf[pos];
            if (c == delimiter)
            {
                pos++;
                continue;
            }
            pos++;
            if (c == '\r' && Fill() && buf[pos] == '\n') pos++;
            line++;
            return true;
        }
    }

    private void ReadField()
    {
        var quoted = false;
        while (Fill())
        {
            var span = buf.AsSpan(pos, len - pos);
            var i = span.IndexOfAny(stops);
            if (i < 0)
            {
                sb.Append(span);
                pos = len;
                continue;
            }
            sb.Append(span[..i]);
            pos += i;
            if (buf[pos] != '"') return;
            pos++;
            if (!quoted && sb.Length == 0 || !quoted && IsBlank(sb))
            {
                sb.Clear();
                quoted = true;
                ReadQuoted();
            }
            else
            {
                sb.Append('"');
            }
        }
    }

    private void ReadQuoted()
    {
        while (Fill())
        {
            var span = buf.AsSpan(pos, len - pos);
            var i = span.IndexOf('"');
            var chunk = i < 0 ? span : span[..i];
            foreach (var ch in chunk)
                if (ch == '\n') line++;
            sb.Append(chunk);
            if (i < 0)
            {
                pos = len;
                continue;
            }
            pos += i + 1;
            if (Fill() && buf[pos] == '"')
            {
                sb.Append('"');
                pos++;
                continue;
            }
            return;
        }
        UnclosedQuote = (LineNumber, Fields.Count);
    }

    private static bool IsBlank(StringBuilder s)
    {
        for (var i = 0; i < s.Length; i++)
            if (!char.IsWhiteSpace(s[i])) return false;
        return true;
    }

    private static string Trim(StringBuilder s)
    {
        var a = 0;
        var b = s.Length;
        while (a < b && char.IsWhiteSpace(s[a])) a++;
        while (b > a && char.IsWhiteSpace(s[b - 1])) b--;
        return a == b ? "" : s.ToString(a, b - a);
    }

    private bool Fill()
    {
        if (pos < len) return true;
        len = reader.Read(buf, 0, buf.Length);
        pos = 0;
        return len > 0;
    }
}
