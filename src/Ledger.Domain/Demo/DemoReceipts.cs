using System.Globalization;
using System.Text;
using Ledger.Domain.Categorization.Evaluation;
using Ledger.Domain.Receipts.Evaluation;
using Ledger.Domain.Receipts.Samples;
using NodaTime;

namespace Ledger.Domain.Demo;

/// <summary>
/// A handful of the demo client's receipts for its Q2 card purchases, one of each kind the ledger reads: PDFs, an e-mail with
/// a PDF attached, a photo named by the convention, an expense-app export, and one personal receipt that no line matches.
/// </summary>
public static class DemoReceipts
{
    public const string Folder = "receipts";
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IReadOnlyDictionary<string, byte[]> Files(int seed = 7)
    {
        var card = HardFeedGenerator.Generate(seed, 2024)
            .Where(r => r.Date >= DemoSamples.HistoryEnd && r.Date < DemoSamples.NewMonthsEnd && r.BankAccount == HardFeedVendor.Card && r.Amount < 0)
            .ToList();
        FeedRow First(string text) => card.First(r => r.RawDescription.Contains(text, StringComparison.Ordinal));
        var homeDepot = First("HOME DEPOT");
        var costco = First("COSTCO");
        var staples = First("STAPLES");
        var shell = First("SHELL OIL");
        var (usps, lyft) = (First("USPS"), First("LYFT"));
        return new Dictionary<string, byte[]>
        {
            [$"{Day(homeDepot)}-home-depot.pdf"] = Pdf("The Home Depot", homeDepot),
            [$"{Day(costco)}-costco.pdf"] = Pdf("Costco Wholesale", costco),
            [$"{Day(staples)}-staples.eml"] = ReceiptDocuments.Email("Staples", "orders@staples.example",
                staples.Date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(15)),
                ["Thanks for your order.", "Your receipt is attached."], ("staples-receipt.pdf", Pdf("Staples", staples))),
            [$"{Day(shell)}_SHELL_{Total(shell).ToString("0.00", Inv)}.png"] = OnePixelPng,
            ["expenses-app-export.csv"] = Encoding.UTF8.GetBytes("Date,Merchant,Amount,Currency\n" +
                $"{Day(usps)},{ReceiptSetGenerator.PrintedName(usps.RawDescription)},{Total(usps).ToString("0.00", Inv)},USD\n" +
                $"{Day(lyft)},Lyft,{Total(lyft).ToString("0.00", Inv)},USD\n"),
            ["personal-bookstore.pdf"] = ReceiptDocuments.Pdf(ReceiptDocuments.Lines("Green Apple Books", new LocalDate(2024, 5, 18), 23.08m, 1.90m)),
        };
    }

    static string Day(FeedRow r) => r.Date.ToString("uuuu-MM-dd", Inv);
    static decimal Total(FeedRow r) => -r.Amount;

    /// <summary>A till receipt whose total is the card line, sales tax 8.25% included.</summary>
    static byte[] Pdf(string merchant, FeedRow r)
    {
        var subtotal = Math.Round(Total(r) / 1.0825m, 2);
        return ReceiptDocuments.Pdf(ReceiptDocuments.Lines(merchant, r.Date, subtotal, Total(r) - subtotal));
    }

    /// <summary>A real 1×1 PNG: the photo's content does not matter, its name carries date, merchant and total.</summary>
    static readonly byte[] OnePixelPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}
