using System.Text;
using Ledger.Domain.Statements.Text;

namespace Ledger.Domain.Statements.Ofx;

internal enum OfxToken { Start, End, Text }

/// <summary>
/// A forgiving tag/text tokenizer for OFX 1.x SGML and 2.x XML alike. It builds no tree: SGML leaves
/// are unclosed, some banks close them in reverse order, so nesting is not to be trusted. Text is
/// trimmed, entities decoded once, CDATA taken literally; comments, processing instructions and
/// DOCTYPE are skipped. Reads a TextReader through its own buffer so a large file is never a string.
/// </summary>
internal sealed class OfxTokenizer(TextReader reader)
{
    private readonly char[] buf = new char[1 << 16];
    private readonly StringBuilder text = new();
    private readonly Dictionary<string, string> names = new(StringComparer.OrdinalIgnoreCase);
    private int pos;
    private int len;
    private int lines;      // line breaks before buf[counted]
    private int counted;

    public OfxToken Kind { get; private set; }

    /// <summary>Tag name in upper case (Start/End).</summary>
    public string Name { get; private set; } = "";

    /// <summary>Trimmed, decoded text (Text); "" when only whitespace.</summary>
    public string Value { get; private set; } = "";

    /// <summary>The 1-based file line the current token starts on, so a refusal can point at it.</summary>
    public int Line { get; private set; } = 1;

    public bool Next()
    {
        while (true)
        {
            if (!Ensure(1)) return false;
            CountLines();
            Line = 1 + lines;
            if (buf[pos] == '<' && Ensure(2))
            {
                var c = buf[pos + 1];
                if (c == '/' || char.IsLetter(c))
                {
                    ReadTag();
                    return true;
                }
                if ((c == '?' || c == '!') && !IsCDataStart())
                {
                    SkipMarkup();
                    continue;
                }
            }
            ReadText();
            return true;
        }
    }

    private void ReadTag()
    {
        pos++;
        var end = buf[pos] == '/';
        if (end) pos++;
        var nameStart = pos;
        // Tag names are short; make sure the whole name is in the buffer before slicing it.
        Ensure(64);
        nameStart = pos;
        while (pos < len && buf[pos] != '>' && buf[pos] != '<' && buf[pos] != '/' && !char.IsWhiteSpace(buf[pos])) pos++;
        Name = Intern(buf.AsSpan(nameStart, pos - nameStart));
        Kind = end ? OfxToken.End : OfxToken.Start;
        // Attributes (none in OFX) and a stray '/' are skipped; a missing '>' before the next '<' is forgiven.
        while (Ensure(1) && buf[pos] != '>' && buf[pos] != '<') pos++;
        if (pos < len && buf[pos] == '>') pos++;
    }

    private void ReadText()
    {
        text.Clear();
        while (Ensure(1))
        {
            var start = pos;
            while (pos < len && buf[pos] != '<' && buf[pos] != '&') pos++;
            text.Append(buf, start, pos - start);
            if (pos >= len) continue;
            if (buf[pos] == '&')
            {
                Ensure(12);
                if (EntityDecoder.TryDecodeAt(buf.AsSpan(pos, len - pos), out var decoded, out var consumed))
                {
                    text.Append(decoded);
                    pos += consumed;
                }
                else
                {
                    text.Append('&');
                    pos++;
                }
                continue;
            }
            if (IsCDataStart())
            {
                pos += 9;
                ReadCData();
                continue;
            }
            if (!Ensure(2) || !IsMarkupChar(buf[pos + 1]))
            {
                // "A < B" in a payee: a '<' that starts no tag is just text; so is a '<' that ends the file (issue #16: a
                // truncated upload ending in '<' made Next() read an empty text token at the same place forever).
                text.Append('<');
                pos++;
                continue;
            }
            break;
        }
        Kind = OfxToken.Text;
        Value = Trimmed();
    }

    private void ReadCData()
    {
        while (Ensure(3))
        {
            if (buf[pos] == ']' && buf[pos + 1] == ']' && buf[pos + 2] == '>')
            {
                pos += 3;
                return;
            }
            text.Append(buf[pos++]);
        }
        while (pos < len) text.Append(buf[pos++]);
    }

    private static bool IsMarkupChar(char c) => c is '/' or '!' or '?' || char.IsLetter(c);

    private bool IsCDataStart() =>
        Ensure(9) && buf.AsSpan(pos, 9).SequenceEqual("<![CDATA[");

    private void SkipMarkup()
    {
        var comment = Ensure(4) && buf.AsSpan(pos, 4).SequenceEqual("<!--");
        pos += comment ? 4 : 2;
        while (Ensure(comment ? 3 : 1))
        {
            if (!comment && buf[pos] == '>') { pos++; return; }
            if (comment && buf[pos] == '-' && buf[pos + 1] == '-' && buf[pos + 2] == '>') { pos += 3; return; }
            pos++;
        }
        pos = len;
    }

    private string Trimmed()
    {
        var a = 0;
        var b = text.Length;
        while (a < b && char.IsWhiteSpace(text[a])) a++;
        while (b > a && char.IsWhiteSpace(text[b - 1])) b--;
        return a == b ? "" : text.ToString(a, b - a);
    }

    private string Intern(ReadOnlySpan<char> span)
    {
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var s)) return s;
        s = span.ToString().ToUpperInvariant();
        names[s] = s;
        return s;
    }

    private void CountLines()
    {
        lines += buf.AsSpan(counted, pos - counted).Count('\n');
        counted = pos;
    }

    /// <summary>Makes at least n unread chars available if the reader has them; false at end of input.</summary>
    private bool Ensure(int n)
    {
        if (len - pos >= n) return true;
        if (pos > 0)
        {
            CountLines();
            counted = 0;
            Array.Copy(buf, pos, buf, 0, len - pos);
            len -= pos;
            pos = 0;
        }
        while (len < n)
        {
            var r = reader.Read(buf, len, buf.Length - len);
            if (r == 0) break;
            len += r;
        }
        return len - pos >= n;
    }
}
