using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Domain.Categorization.Evaluation;
using Ledger.Domain.Categorization.Evaluation.DevFeeds;
using Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

namespace Ledger.Jobs.Commands;

public class DevFeedsInput : NetCoreInput
{
    [Description("Output CSV (default samples/dev-feeds/dev-feeds.csv)")]
    public string? OutFlag { get; set; }

    [Description("Seed of the generator")]
    public int SeedFlag { get; set; } = 11;

    [Description("Generator: dev (the first development feeds), noisy (more names and bank formats per vendor, checks, Zelle, vendors split between accounts) or fresh (noisy's machinery with other tenants and merchant lists, a gnucash-style household among them)")]
    public string StyleFlag { get; set; } = "dev";
}

/// <summary>Writes the generated development feeds (several tenants, adjudicated accounts) for tuning; no database.</summary>
[Description("Write the generated development feeds the categorizer is tuned on (deterministic)", Name = "dev-feeds")]
public class DevFeedsCommand : JasperFxAsyncCommand<DevFeedsInput>
{
    public override async Task<bool> Execute(DevFeedsInput input)
    {
        var style = input.StyleFlag.Trim().ToLowerInvariant();
        var stem = style switch
        {
            "dev" => "dev-feeds",
            "noisy" => "noisy-feeds",
            "fresh" => "fresh-feeds",
            _ => throw new ArgumentException($"--style must be dev, noisy or fresh, not '{input.StyleFlag}'."),
        };
        var path = input.OutFlag ?? Path.Combine(DatabaseLocation.RepositoryRoot(), "samples", "dev-feeds", $"{stem}-{input.SeedFlag}.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var rows = style switch
        {
            "noisy" => NoisyFeedGenerator.Generate(input.SeedFlag),
            "fresh" => NoisyFeedGenerator.GenerateFresh(input.SeedFlag),
            _ => DevFeedGenerator.Generate(input.SeedFlag),
        };
        await using var writer = new StreamWriter(path);
        LabelledFeedCsv.Write(rows, writer);
        Console.WriteLine($"wrote {path}: {rows.Count} rows, {rows.Select(r => r.Tenant).Distinct().Count()} tenants, {rows.Count(r => r.TrueAccountCode != r.Truth)} reviewer slips");
        return true;
    }
}
