using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>A PDF receipt's text layer (PdfPig, in reading order). A scan has none: its fields come from a person or its name.</summary>
public static class PdfReceipt
{
    public const string Reader = "pdfpig";

    public static string Text(string fileName, byte[] content)
    {
        try
        {
            using var pdf = PdfDocument.Open(content);
            var text = new StringBuilder();
            foreach (var page in pdf.GetPages()) text.AppendLine(ContentOrderTextExtractor.GetText(page));
            return text.ToString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ReceiptRefusedException(fileName, "file", $"is not a readable PDF ({e.Message}).");
        }
    }

    public static ReadReceipt Read(string fileName, byte[] content)
    {
        var text = Text(fileName, content);
        if (text.Count(char.IsLetterOrDigit) < 3)
            return new ReadReceipt(ReceiptFacts.None, Reader, ["the PDF has no text layer (a scan): enter merchant, date and total"]);
        return new ReadReceipt(ReceiptText.Read(text), Reader, []);
    }
}
