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

    public static bool IsInvestment(string head) =>
        head.Contains("<INVSTMTMSGSRSV1", StringComparison.OrdinalIgnoreCase)
        || head.Contains("<INVSTMTRS", StringComparison.OrdinalIgnoreCase);

    public static StatementFormatException InvestmentRefusal(string fileName) =>
        new(fileName, "This is an investment statement (INVSTMTRS: holdings, buys and sells); only bank and credit card statements can be imported.");
}
