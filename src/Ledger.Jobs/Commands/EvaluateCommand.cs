using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Domain;
using Ledger.Domain.Categorization.Evaluation;
using NodaTime;

namespace Ledger.Jobs.Commands;

public class EvaluateInput : NetCoreInput
{
    [Description("Labelled feed CSV (date,description,amount,account[,bank_account])")]
    public string? FeedFlag { get; set; }

    [Description("Replay the generated hard feed instead of a CSV")]
    public bool HardFlag { get; set; }

    [Description("Seed of the generated hard feed")]
    public int SeedFlag { get; set; } = 7;
}

/// <summary>
/// Replays a labelled feed through the production cascade and writes the calibration artifacts. Pure computation: it
/// never touches the database, so it does not build the host.
/// </summary>
[Description("Replay a labelled feed through the categorization cascade and print the evaluation report", Name = "evaluate")]
public class EvaluateCommand : OperatorCommand<EvaluateInput>
{
    protected override async Task<bool> Run(EvaluateInput input)
    {
        if (input.HardFlag == (input.FeedFlag is not null))
        {
            Console.Error.WriteLine("Give exactly one of --feed <csv> or --hard.");
            return false;
        }
        IReadOnlyList<FeedRow> rows;
        string feed;
        try
        {
            if (input.HardFlag)
            {
                rows = HardFeedGenerator.Generate(input.SeedFlag);
                feed = $"hard-feed seed {input.SeedFlag}";
            }
            else
            {
                using var reader = new StreamReader(input.FeedFlag!);
                rows = LabelledFeedCsv.Parse(reader);
                feed = Path.GetFullPath(input.FeedFlag!);
            }
            Console.WriteLine($"feed: {feed} ({rows.Count} rows)");
            var report = await ProgressDisplay.StatusAsync($"Replaying {rows.Count:N0} rows through the cascade ...", () => Task.Run(() => EvaluationRun.Replay(rows)));
            report.Print(Console.Out);

            var folder = Path.Combine(DatabaseLocation.RepositoryRoot(), "artifacts", "calibration");
            Directory.CreateDirectory(folder);
            var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            await File.WriteAllTextAsync(Path.Combine(folder, "calibration_bins.json"), CalibrationArtifacts.BinsJson(report));
            await File.WriteAllTextAsync(Path.Combine(folder, "calibration_metadata.json"), CalibrationArtifacts.MetadataJson(report, feed, today));
            Console.WriteLine($"wrote {folder}/calibration_bins.json, {folder}/calibration_metadata.json");
            return true;
        }
        catch (Exception e) when (e is DomainException or IOException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }
}
