using Ledger.Domain.Demo;
using Ledger.Domain.Receipts;
using Ledger.Domain.Receipts.Matching;
using Ledger.Domain.Receipts.Reading;
using NodaTime;

namespace Ledger.Domain.Tests.Receipts;

public class DemoReceiptsTests
{
    [Fact]
    public void The_demo_receipts_read_and_match_their_card_lines_except_the_personal_one_and_the_checked_in_files_are_these()
    {
        var files = DemoReceipts.Files();
        // The card statement the demo imports: Date,"Description",Amount.
        var card = DemoSamples.Files()["card-2024q2.csv"].Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(\d{4}-\d{2}-\d{2}),""(.*)"",(-?[\d.]+)$"))
            .Select((m, i) => new MatchCandidate($"line-{i}", DemoSamples.CardCode, NodaTime.Text.LocalDatePattern.Iso.Parse(m.Groups[1].Value).Value,
                decimal.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value, null)).ToList();
        var at = Instant.FromUtc(2024, 7, 1, 0, 0);
        var receipts = files.SelectMany(f => ReceiptFiles.Read(f.Key, f.Value).Receipts.Select((r, i) =>
            ReceiptState.Start(new ReceiptReceived($"{f.Key}#{i}", f.Key, "x", "x", 0, "s", "s", null, "demo", "demo", at)) with { Facts = r.Facts })).ToList();

        var results = ReceiptBatchMatcher.Match(receipts, card, new HashSet<string>(), MatchOptions.Default, at);

        Assert.Equal(7, receipts.Count);
        Assert.Equal(["personal-bookstore.pdf#0"], results.Where(r => r.Value.Matched is null).Select(r => r.Key));

        var folder = FindSamples();
        foreach (var (name, content) in files) Assert.Equal(content, File.ReadAllBytes(Path.Combine(folder, name)));
    }

    static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "samples", "demo", DemoReceipts.Folder))) return Path.Combine(dir.FullName, "samples", "demo", DemoReceipts.Folder);
        throw new DirectoryNotFoundException("samples/demo/receipts");
    }
}
