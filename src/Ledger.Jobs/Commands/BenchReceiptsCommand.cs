using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Domain.Categorization.Evaluation.HeldOut;
using Ledger.Domain.Receipts.Evaluation;
using Ledger.Domain.Receipts.Matching;
using NodaTime;

namespace Ledger.Jobs.Commands;

public class BenchReceiptsInput
{
    [Description("Held-out feeds (default: samples/eval/heldout/heldout-a.csv and heldout-b.csv)")]
    public string[] FeedFlag { get; set; } = [];

    [Description("Receipts per tenant (default 200)")]
    public int ReceiptsFlag { get; set; } = 200;

    [Description("Quarter of the feed's year whose lines the receipts are matched against (default 2)")]
    public int QuarterFlag { get; set; } = 2;

    [Description("Seed of the generated receipts (default 7)")]
    public int SeedFlag { get; set; } = 7;
}

/// <summary>Match precision and recall of the receipt matcher on receipts generated for a quarter of each held-out tenant's statements.</summary>
[Description("Receipt matching: precision and recall on generated receipts against a quarter of held-out statements", Name = "bench-receipts")]
public class BenchReceiptsCommand : JasperFxCommand<BenchReceiptsInput>
{
    public override bool Execute(BenchReceiptsInput input)
    {
        var feeds = input.FeedFlag.Length > 0 ? input.FeedFlag
            : new[] { "heldout-a.csv", "heldout-b.csv" }.Select(f => Path.Combine(DatabaseLocation.RepositoryRoot(), "samples", "eval", "heldout", f)).ToArray();
        Console.WriteLine($"{"tenant",-32} {"receipts",8} {"w/ line",7} {"matched",7} {"right",6} {"precision",9} {"recall",7} {"ambig.",6} {"(true in)",9} {"none",5} {"false/no line",13}");
        var scores = new List<ReceiptMatchScore>();
        foreach (var feed in feeds)
        {
            using var reader = File.OpenText(feed);
            foreach (var tenant in HeldOutFeedCsv.Read(reader).GroupBy(r => r.Tenant))
            {
                var year = tenant.Min(r => r.Date.Year);
                var from = new LocalDate(year, (input.QuarterFlag - 1) * 3 + 1, 1);
                var (lines, receipts) = ReceiptSetGenerator.Generate(tenant.ToList(), from, from.PlusMonths(3).PlusDays(-1), input.ReceiptsFlag, input.SeedFlag);
                var score = ReceiptMatchScore.Of(lines, receipts, MatchOptions.Default);
                scores.Add(score);
                Print(tenant.Key, score);
            }
        }
        Print("all", ReceiptMatchScore.Sum(scores));
        return true;
    }

    static void Print(string name, ReceiptMatchScore s) => Console.WriteLine(
        $"{name,-32} {s.Receipts,8} {s.WithLine,7} {s.Matched,7} {s.Correct,6} {s.Precision,9:P1} {s.Recall,7:P1} {s.Ambiguous,6} {s.AmbiguousWithTrueLine,9} {s.Unmatched,5} {s.FalseOnNoLine,13}");
}
