namespace Ledger.Domain.Statements.Ofx;

/// <summary>Recognises OFX/QFX from the first characters of a file, whatever its extension.</summary>
internal static class OfxSniffer
{
    public static bool LooksLikeOfx(string head)
    {
        var t = head.AsSpan().TrimStart();
        return t.StartsWith("OFXHEADER", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<?OFX", StringComparison.OrdinalIgnoreCase)
            || t.StartsWith("<OFX", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<OFX>", StringComparison.OrdinalIgnoreCase);
    }

    public static StatementFormat FormatOf(string fileName, string head)
    {
        if (fileName.EndsWith(".qfx", StringComparison.OrdinalIgnoreCase)) return StatementFormat.Qfx;
        var t = head.AsSpan().TrimStart();
        return t.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || head.Contains("OFXHEADER=\"200\"", StringComparison.OrdinalIgnoreCase)
            ? StatementFormat.Ofx2Xml
            : StatementFormat.Ofx1Sgml;
    }

    /// <summary>The investment aggregate in the head, if any: its tag and the line it is on.</summary>
    public static (string Tag, int Line)? Investment(string head)
    {
        foreach (var tag in (ReadOnlySpan<string>)["INVSTMTMSGSRSV1", "INVSTMTRS"])
        {
            var at = head.IndexOf("<" + tag, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return (tag, 1 + head.AsSpan(0, at).Count('\n'));
        }
        return null;
    }

    public static StatementFormatException InvestmentRefusal(string fileName, string tag, int line) =>
        new([new StatementError(fileName, line, tag,
            $"Line {line}, {tag}: this is an investment statement (holdings, buys and sells); only bank and credit card statements can be imported.")]);
}
