using System.Text;

namespace Ledger.Domain.Statements.Text;

/// <summary>
/// Windows-1252 without the CodePages package: Latin-1 except 0x80-0x9F, where Windows puts
/// €, ’, “ ” and friends. Banks that say CHARSET:1252 really do use those, and Latin-1 would
/// turn them into invisible control characters. Decoding only matters here; encoding is best effort.
/// </summary>
internal sealed class Cp1252Encoding : Encoding
{
    public static readonly Cp1252Encoding Instance = new();

    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    public override string WebName => "windows-1252";

    public override int GetByteCount(char[] chars, int index, int count) => count;

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        for (var i = 0; i < charCount; i++)
        {
            var c = chars[charIndex + i];
            var b = c <= 0xFF && (c < 0x80 || c > 0x9F) ? (byte)c : (byte)'?';
            var hi = Array.IndexOf(High, c);
            if (hi >= 0) b = (byte)(0x80 + hi);
            bytes[byteIndex + i] = b;
        }
        return charCount;
    }

    public override int GetCharCount(byte[] bytes, int index, int count) => count;

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        for (var i = 0; i < byteCount; i++)
        {
            var b = bytes[byteIndex + i];
            chars[charIndex + i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }
        return byteCount;
    }

    public override int GetMaxByteCount(int charCount) => charCount;

    public override int GetMaxCharCount(int byteCount) => byteCount;
}
