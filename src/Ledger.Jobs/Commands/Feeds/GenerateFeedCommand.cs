using JasperFx.CommandLine;
using Ledger.Domain.Categorization.Evaluation.HeldOut;

namespace Ledger.Jobs.Commands.Feeds;

public class GenerateFeedInput
{
    [Description("Tenant set: a, b, all, or one profile (dental, landscaping, shop, law, foodtruck, autorepair)")]
    public string StyleFlag { get; set; } = "a";

    [Description("Seed: the same seed, year and style give the same bytes")]
    public int SeedFlag { get; set; } = 1;

    [Description("Calendar year of the transactions")]
    public int YearFlag { get; set; } = 2024;

    [Description("Feed CSV to write; its chart goes beside it as <name>.chart.csv")]
    public string OutFlag { get; set; } = "heldout.csv";
}

/// <summary>
/// Writes a held-out evaluation feed (a year of raw bank and card lines per small-business tenant, with the
/// recorded and the adjudicated account) and its chart sidecar. Pure generation: no database.
/// </summary>
[Description("Generate a held-out evaluation feed and its chart sidecar", Name = "generate-feed")]
public class GenerateFeedCommand : JasperFxCommand<GenerateFeedInput>
{
    public override bool Execute(GenerateFeedInput input)
    {
        IReadOnlyList<TenantProfile> tenants;
        try { tenants = HeldOutStyles.Tenants(input.StyleFlag); }
        catch (ArgumentException e) { Console.Error.WriteLine(e.Message); return false; }

        var rows = HeldOutFeedGenerator.Generate(tenants, input.YearFlag, input.SeedFlag);
        var feed = Path.GetFullPath(input.OutFlag);
        var chart = ChartPath(feed);
        Directory.CreateDirectory(Path.GetDirectoryName(feed)!);
        WriteWhole(feed, w => HeldOutFeedCsv.Write(rows, w));
        WriteWhole(chart, w => HeldOutFeedCsv.WriteChart(tenants, w));
        FeedSummary.Print(rows, tenants, Console.Out);
        Console.WriteLine($"wrote {feed} ({rows.Count} rows) and {chart}");
        return true;
    }

    public static string ChartPath(string feed) =>
        Path.Combine(Path.GetDirectoryName(feed)!, Path.GetFileNameWithoutExtension(feed) + ".chart.csv");

    /// <summary>Writes beside the target and moves into place, so a failed run never leaves half a feed.</summary>
    private static void WriteWhole(string path, Action<TextWriter> write)
    {
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false))) write(writer);
        File.Move(temporary, path, overwrite: true);
    }
}
