using System.Globalization;
using System.Text;
using MimeKit;
using NodaTime;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Ledger.Domain.Receipts.Samples;

/// <summary>
/// Receipts as shops send them, for the demo, the matching benchmark and the tests: a PDF with a text layer (PdfPig) and an
/// e-mail (MimeKit) with an HTML body and optionally the PDF attached. Same input, same bytes.
/// </summary>
public static class ReceiptDocuments
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The printed lines of a simple till receipt.</summary>
    public static IReadOnlyList<string> Lines(string merchant, LocalDate date, decimal subtotal, decimal tax, string? extra = null) =>
    [
        merchant, "123 Main Street", $"Date: {date.ToString("uuuu-MM-dd", Inv)}", extra ?? "Item(s)",
        string.Format(Inv, "Subtotal {0:0.00}", subtotal), string.Format(Inv, "Sales Tax 8.25% {0:0.00}", tax),
        string.Format(Inv, "TOTAL {0:0.00}", subtotal + tax), "Thank you for shopping with us",
    ];

    public static byte[] Pdf(IEnumerable<string> lines)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A5);
        var y = 560.0;
        foreach (var line in lines)
        {
            page.AddText(line, 11, new PdfPoint(30, y), font);
            y -= 18;
        }
        return StableId(builder.Build());
    }

    /// <summary>
    /// PdfPig writes a random /ID into the trailer; it is replaced, in place and at the same length, by one taken from the
    /// document's own bytes, so the same receipt is the same file (and the same receipt id) every time.
    /// </summary>
    static byte[] StableId(byte[] pdf)
    {
        var at = pdf.AsSpan().LastIndexOf("/ID [ <"u8);
        if (at < 0) return pdf;
        var hex = Encoding.ASCII.GetBytes(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(pdf.AsSpan(0, at))));
        var first = at + "/ID [ <".Length;
        var second = pdf.AsSpan(first).IndexOf("><"u8) + first + 2;
        hex.AsSpan(0, 32).CopyTo(pdf.AsSpan(first, 32));
        hex.AsSpan(32, 32).CopyTo(pdf.AsSpan(second, 32));
        return pdf;
    }

    /// <summary>A receipt e-mail: the merchant as sender, an HTML table as body, optionally a PDF attached.</summary>
    public static byte[] Email(string merchant, string fromAddress, Instant sent, IEnumerable<string> bodyLines, (string Name, byte[] Pdf)? attachment = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(merchant, fromAddress));
        message.To.Add(new MailboxAddress("Accounts", "accounts@example.com"));
        message.Subject = $"Your receipt from {merchant}";
        message.Date = sent.ToDateTimeOffset();
        message.MessageId = $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(merchant + sent)))[..16]}@example.com";
        var html = new StringBuilder("<html><head><style>td{padding:2px}</style></head><body><table>");
        foreach (var line in bodyLines) html.Append("<tr><td>").Append(System.Net.WebUtility.HtmlEncode(line)).Append("</td></tr>");
        html.Append("</table></body></html>");
        var body = new BodyBuilder { HtmlBody = html.ToString() };
        if (attachment is { } a) body.Attachments.Add(a.Name, a.Pdf, new ContentType("application", "pdf"));
        message.Body = body.ToMessageBody();
        // Fixed boundaries: the same receipt always gives the same bytes (and so the same receipt id).
        var boundary = 0;
        foreach (var part in message.BodyParts.Prepend(message.Body).OfType<Multipart>()) part.Boundary = $"=-receipt-{boundary++}";
        foreach (var part in message.BodyParts.OfType<MimePart>()) part.ContentId = null;
        using var output = new MemoryStream();
        message.WriteTo(output);
        return output.ToArray();
    }
}
