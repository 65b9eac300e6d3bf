using System.Globalization;
using System.Text;

namespace Ledger.Domain.Statements.Text;

/// <summary>
/// Decodes XML/HTML character entities exactly once. A raw '&amp;' that does not start a known
/// entity (OFX 1.x banks write "GROCER A &amp; Z" unescaped) stays as it is. Double-escaped text
/// such as "&amp;amp;lt;" therefore becomes "&amp;lt;": decoding twice would also corrupt payees
/// that legitimately contain an escaped entity, and "decode once" is what the OFX spec says.
/// </summary>
internal static class EntityDecoder
{
    public static string Decode(string s)
    {
        var amp = s.IndexOf('&');
        if (amp < 0) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, amp);
        var i = amp;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '&' && TryDecodeAt(s.AsSpan(i), out var decoded, out var consumed))
            {
                sb.Append(decoded);
                i += consumed;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }

    /// <summary>s starts with '&amp;'. Returns the entity's text and how many chars it spans.</summary>
    public static bool TryDecodeAt(ReadOnlySpan<char> s, out string decoded, out int consumed)
    {
        decoded = "";
        consumed = 0;
        var semi = s[..Math.Min(s.Length, 12)].IndexOf(';');
        if (semi < 2) return false;
        var name = s[1..semi];
        consumed = semi + 1;
        switch (name)
        {
            case "amp": decoded = "&"; return true;
            case "lt": decoded = "<"; return true;
            case "gt": decoded = ">"; return true;
            case "quot": decoded = "\""; return true;
            case "apos": decoded = "'"; return true;
            case "nbsp": decoded = " "; return true;
        }
        if (name[0] == '#')
        {
            var hex = name.Length > 1 && (name[1] == 'x' || name[1] == 'X');
            var digits = hex ? name[2..] : name[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            {
                decoded = char.ConvertFromUtf32(code);
                return true;
            }
        }
        consumed = 0;
        return false;
    }
}
