using Ledger.Domain.Receipts.Samples;
using NodaTime;

namespace Ledger.Integration.Tests.Receipts;

/// <summary>A card statement of November 2026 and receipts made for its lines (PdfPig PDFs, MimeKit e-mails), for the receipt tests.</summary>
public static class ReceiptBook
{
    public const string Card = "2100";

    public const string Statement = """
        Date,Description,Amount
        2026-11-05,THE HOME DEPOT #4521 AUSTIN TX,-123.46
        2026-11-07,TST* TORCHYS TACOS AUSTIN TX,-58.20
        2026-11-09,AMAZON MKTPL*2K4 AMZN.COM/BILL WA,-29.99
        2026-11-10,AMAZON MKTPL*9Z1 AMZN.COM/BILL WA,-29.99
        2026-11-12,SHELL OIL 57442 AUSTIN TX,-61.00
        2026-11-12,FEDEX OFFICE 0551,-212.40
        """;

    static LocalDate Nov(int day) => new(2026, 11, day);

    public static byte[] HomeDepotPdf() => ReceiptDocuments.Pdf(ReceiptDocuments.Lines("The Home Depot", Nov(3), 114.05m, 9.41m));

    /// <summary>Dinner for 48.50 before the tip; the card line is 58.20.</summary>
    public static byte[] TorchysEmail() => ReceiptDocuments.Email("Torchy's Tacos", "receipts@torchys.example", Instant.FromUtc(2026, 11, 4, 20, 15),
        ["Thanks for dining with us!", "Server: Ana  Table 7", "Date: 2026-11-04", "Subtotal 44.80", "Tax 3.70", "Total 48.50", "Tip ______"]);

    /// <summary>Two card lines of 29.99 a day apart from one merchant: the matcher cannot tell which one this is.</summary>
    public static byte[] AmazonPdf() => ReceiptDocuments.Pdf(["Amazon.com order receipt", "Order placed: 2026-11-08", "USB-C cable", "Order Total: $29.99"]);

    public static byte[] Photo() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 7, 7, 7];

    public static async Task<HttpResponseMessage> ImportStatementAsync(HttpClient client)
    {
        var response = await client.UploadTextAsync("card-nov.csv", Statement, Card);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return response;
    }

    public static async Task<string> TransactionIdAsync(LedgerApp app, string tenantId, string payeeStart)
    {
        await using var session = app.Store.QuerySession(tenantId);
        var lines = await Marten.QueryableExtensions.ToListAsync(session.Events.QueryRawEventDataOnly<Ledger.Domain.Statements.TransactionImported>());
        return lines.Single(l => l.Payee.StartsWith(payeeStart, StringComparison.Ordinal)).TransactionId;
    }
}
