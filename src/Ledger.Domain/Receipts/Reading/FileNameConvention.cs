using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Domain.Receipts.Reading;

/// <summary>
/// No OCR runs here, so a photographed receipt can say what it is in its name: <c>2024-05-03_HOME-DEPOT_123.45.jpg</c>
/// (date, merchant with dashes for spaces, total; an optional fourth part is the currency: <c>..._48.50_EUR.jpg</c>).
/// </summary>
public static partial class FileNameConvention
{
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})_(?<merchant>[^_]+)_(?<total>\d+(?:\.\d{1,2})?)(?:_(?<cur>[A-Za-z]{3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static ReceiptFacts? Read(string fileName)
    {
        var m = Pattern().Match(Path.GetFileNameWithoutExtension(fileName));
        if (!m.Success || LocalDatePattern.Iso.Parse(m.Groups["date"].Value) is not { Success: true } date) return null;
        const string how = "file name (yyyy-MM-dd_MERCHANT_total)";
        return new ReceiptFacts(
            Merchant: new(m.Groups["merchant"].Value.Replace('-', ' ').Trim(), 0.9, how),
            Date: new(date.Value, 0.9, how),
            Total: new(decimal.Parse(m.Groups["total"].Value, CultureInfo.InvariantCulture), 0.9, how),
            Currency: m.Groups["cur"].Success ? new(m.Groups["cur"].Value.ToUpperInvariant(), 0.9, how) : null);
    }
}
