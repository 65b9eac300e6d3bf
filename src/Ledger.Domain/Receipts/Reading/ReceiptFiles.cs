using System.Text;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>
/// What kind of receipt a file is, from its first bytes (a name can lie), and the reader for it: PDF, e-mail, image,
/// or an expense app's CSV/JSON export. Anything else is refused, naming the file.
/// </summary>
public static class ReceiptFiles
{
    public const string Accepted = "PDF, e-mail (.eml), image (JPEG, PNG, HEIC, GIF, WebP, TIFF), or an expense export (CSV, JSON)";

    public static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    public static ReadFile Read(string fileName, byte[] content)
    {
        if (content.Length == 0) throw new ReceiptRefusedException(fileName, "file", "is empty.");
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        if (content.AsSpan().StartsWith("%PDF-"u8)) return new(ReceiptKinds.Pdf, "application/pdf", [WithName(fileName, PdfReceipt.Read(fileName, content))]);
        if (ext == ".pdf") throw new ReceiptRefusedException(fileName, "file", "is named .pdf but is not a PDF.");
        if (ImageType(content) is { } image)
        {
            var facts = FileNameConvention.Read(fileName);
            return new(ReceiptKinds.Image, image, [new ReadReceipt(facts ?? ReceiptFacts.None, "file_name", facts is null
                ? ["image stored as is (no OCR): enter merchant, date and total, or name it yyyy-MM-dd_MERCHANT_total"] : [])]);
        }
        if (Text(content) is not { } text) throw new ReceiptRefusedException(fileName, "file", $"is not a receipt this ledger reads: send a {Accepted}.");
        if (ext == ".eml" || LooksLikeMail(text)) return new(ReceiptKinds.Email, "message/rfc822", [WithName(fileName, EmailReceipt.Read(fileName, content))]);
        if (ext == ".json" || text.TrimStart().StartsWith('[') || text.TrimStart().StartsWith('{'))
            return new(ReceiptKinds.ExpenseExport, "application/json", ExpenseExport.Json(fileName, text));
        if (ext is ".csv" or ".tsv" or ".txt")
            return new(ReceiptKinds.ExpenseExport, "text/csv", ExpenseExport.Csv(fileName, text));
        throw new ReceiptRefusedException(fileName, "file", $"is not a receipt this ledger reads: send a {Accepted}.");
    }

    /// <summary>A name following the convention beats a guess from the text (the person who named it knew).</summary>
    static ReadReceipt WithName(string fileName, ReadReceipt read) =>
        FileNameConvention.Read(fileName) is { } named ? read with { Facts = FactsMerge.Best(read.Facts, named) } : read;

    static string? ImageType(ReadOnlySpan<byte> b) =>
        b.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF }) ? "image/jpeg"
        : b.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }) ? "image/png"
        : b.StartsWith("GIF8"u8) ? "image/gif"
        : b.Length > 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : b.StartsWith("II*\0"u8) || b.StartsWith("MM\0*"u8) ? "image/tiff"
        : b.Length > 12 && b[4..8].SequenceEqual("ftyp"u8) && (b[8..12].SequenceEqual("heic"u8) || b[8..12].SequenceEqual("heix"u8) || b[8..12].SequenceEqual("mif1"u8)) ? "image/heic"
        : null;

    /// <summary>UTF-8 text without control characters other than line breaks and tabs; null for binary content.</summary>
    static string? Text(byte[] content)
    {
        string text;
        try { text = new UTF8Encoding(false, true).GetString(content); }
        catch (DecoderFallbackException) { return null; }
        return text.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')) ? null : text.TrimStart('\uFEFF');
    }

    static bool LooksLikeMail(string text)
    {
        var head = text.Split('\n', 12).Take(10).Select(l => l.TrimEnd('\r')).ToList();
        return head.Count(l => l.StartsWith("From:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Subject:", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("MIME-Version:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Received:", StringComparison.OrdinalIgnoreCase)
            || l.StartsWith("Date:", StringComparison.OrdinalIgnoreCase) || l.StartsWith("Message-ID:", StringComparison.OrdinalIgnoreCase)) >= 2;
    }
}
