using System.Text;
using System.Text.Unicode;

namespace Ledger.Domain.Statements.Text;

/// <summary>
/// Decides the text encoding from the bytes, never from what the header claims: headers lie
/// (CHARSET:1252 on UTF-8 files, encoding="utf-16" on ASCII files). Order: BOM, UTF-16 without
/// BOM (zero bytes), valid UTF-8, else Windows-1252.
/// </summary>
internal static class EncodingSniffer
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Reads the whole stream once (a byte scan, cheap next to parsing) and rewinds it.</summary>
    public static Encoding Detect(Stream stream)
    {
        var start = stream.Position;
        try
        {
            Span<byte> head = stackalloc byte[512];
            var n = ReadAtLeast(stream, head);
            head = head[..n];
            if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8NoBom;
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
            if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
            if (n >= 4 && head[1] == 0 && head[3] == 0 && head[0] != 0) return Encoding.Unicode;
            if (n >= 4 && head[0] == 0 && head[2] == 0 && head[1] != 0) return Encoding.BigEndianUnicode;
            stream.Position = start;
            return IsUtf8(stream) ? Utf8NoBom : Cp1252Encoding.Instance;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static int ReadAtLeast(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var r = stream.Read(buffer[total..]);
            if (r == 0) break;
            total += r;
        }
        return total;
    }

    private static bool IsUtf8(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var carry = 0;
        while (true)
        {
            var read = stream.Read(buffer, carry, buffer.Length - carry);
            var len = carry + read;
            if (read == 0) return len == 0 || Utf8.IsValid(buffer.AsSpan(0, len));
            // Keep a possibly split multi-byte sequence at the end for the next chunk.
            var cut = len;
            for (var k = 1; k <= 3 && k <= len; k++)
            {
                var b = buffer[len - k];
                if (b < 0x80) break;
                if (b >= 0xC0)
                {
                    var need = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                    if (need > k) cut = len - k;
                    break;
                }
            }
            if (!Utf8.IsValid(buffer.AsSpan(0, cut))) return false;
            carry = len - cut;
            Array.Copy(buffer, cut, buffer, 0, carry);
        }
    }
}
