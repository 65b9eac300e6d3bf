using System.Net;
using System.Text.RegularExpressions;
using MimeKit;
using NodaTime;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>
/// An e-mailed receipt (.eml, MimeKit): subject and body (text, or HTML reduced to text), the sender as the merchant when the
/// text names none, the sending date when the text has none, and the text of any attached PDF.
/// </summary>
public static partial class EmailReceipt
{
    public const string Reader = "mimekit";

    public static ReadReceipt Read(string fileName, byte[] content)
    {
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(content);
            message = MimeMessage.Load(stream);
        }
        catch (Exception e) when (e is FormatException or ParseException)
        {
            throw new ReceiptRefusedException(fileName, "file", $"is not a readable e-mail ({e.Message}).");
        }
        var notes = new List<string>();
        var body = message.TextBody ?? (message.HtmlBody is { } html ? HtmlText(html) : "");
        var sender = message.From.Mailboxes.FirstOrDefault();
        FieldReading<string>? hint = sender is null ? null
            : !string.IsNullOrWhiteSpace(sender.Name) ? new(sender.Name.Trim(), 0.7, $"e-mail sender '{sender.Name.Trim()}'")
            : new(sender.Domain, 0.5, $"e-mail sender's domain '{sender.Domain}'");
        var facts = ReceiptText.Read($"{message.Subject}\n{body}", hint);

        foreach (var pdf in message.Attachments.OfType<MimePart>().Where(IsPdf))
        {
            using var bytes = new MemoryStream();
            pdf.Content?.DecodeTo(bytes);
            var name = pdf.FileName ?? "attachment.pdf";
            facts = FactsMerge.Best(facts, ReceiptText.Read(PdfReceipt.Text($"{fileName}/{name}", bytes.ToArray())));
            notes.Add($"read attached PDF '{name}'");
        }
        if (facts.Date is null && message.Date != DateTimeOffset.MinValue)
            facts = facts with { Date = new(OffsetDateTime.FromDateTimeOffset(message.Date).Date, 0.6, "the e-mail's sending date") };
        return new ReadReceipt(facts, Reader, notes);
    }

    static bool IsPdf(MimePart part) =>
        part.ContentType.IsMimeType("application", "pdf") || (part.FileName?.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>Rows and paragraphs become lines, cells a space apart: enough for "Total ... 48.50" to stay on one line.</summary>
    static string HtmlText(string html)
    {
        var text = Invisible().Replace(html, " ");
        text = LineBreak().Replace(text, "\n");
        text = Tag().Replace(text, " ");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<(script|style|head)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)] private static partial Regex Invisible();
    [GeneratedRegex(@"<\s*(br|/p|/tr|/div|/h\d|/li|/table)\b[^>]*>", RegexOptions.IgnoreCase)] private static partial Regex LineBreak();
    [GeneratedRegex(@"<[^>]+>")] private static partial Regex Tag();
}
