using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization.Evaluation;
using Ledger.Domain.Categorization.Model;
using NodaTime;

namespace Ledger.Jobs.Commands;

public class EvaluateInput : NetCoreInput
{
    [Description("Labelled feed CSV: date,description,amount,account (+ optional tenant, true_account, bank_account, bank_category)")]
    public string? FeedFlag { get; set; }

    [Description("Replay the generated hard feed instead of a CSV")]
    public bool HardFlag { get; set; }

    [Description("Seed of the generated hard feed")]
    public int SeedFlag { get; set; } = 7;

    [Description("Chart CSV (code,name,type, or tenant,code,name,type for a many-tenant feed) naming the feed's account codes, for the knowledge base's mapping")]
    public string? ChartFlag { get; set; }

    [Description("Replay the categorizer as it was before issue #12 (cascade generation 1, legacy model pipeline, no knowledge base)")]
    public bool BaselineFlag { get; set; }

    [Description("Replay without the merchant knowledge base")]
    public bool NoKnowledgeFlag { get; set; }

    [Description("Classifier pipeline to fit (1 legacy SDCA, 2 L-BFGS fitted twice (round 1), 3 staged (current))")]
    public int? PipelineFlag { get; set; }

    [Description("Refit model and calibration after this many reviews (default: the starter template's retrainAfterLabels)")]
    public int? RetrainEveryFlag { get; set; }

    [Description("Replay this cascade generation (1-8; default the current one)")]
    public int? GenerationFlag { get; set; }

    [Description("Learn a suspected slip's answer as first given (the replay before round 6), instead of the reviewer's second look, taken as the adjudicated account")]
    public bool NoSecondLookFlag { get; set; }

    [Description("Also write every proposal (source, p, correct, trace) to <feed>.outcomes.csv beside the reports")]
    public bool OutcomesFlag { get; set; }

    [Description("Folder for the text and JSON reports (default artifacts/evaluation)")]
    public string? OutFlag { get; set; }
}

/// <summary>
/// Replays a labelled feed through the production cascade, each tenant alone and then pooled, prints the report and writes
/// it as text and JSON, plus the calibration artifacts. Pure computation: it never touches the database, so it does not
/// build the host.
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
        try
        {
            var (rows, feed, name, charts) = Load(input);
            var options = input.BaselineFlag
                ? EvaluationOptions.Default with { CascadeGeneration = 1, Pipeline = ClassifierPipeline.Legacy }
                : EvaluationOptions.Default;
            if (input.RetrainEveryFlag is { } every) options = options with { RetrainEvery = every };
            if (input.PipelineFlag is { } pipeline) options = options with { Pipeline = pipeline };
            if (input.GenerationFlag is { } generation) options = options with { CascadeGeneration = generation };
            if (input.NoSecondLookFlag) options = options with { SecondLookAtSuspectedAnswers = false };
            Console.WriteLine($"feed: {feed} ({rows.Count} rows){(input.BaselineFlag ? ", baseline (before issue #12)" : "")}");
            var result = await ProgressDisplay.StatusAsync($"Replaying {rows.Count:N0} rows through the cascade ...",
                () => Task.Run(() => FeedEvaluation.Run(rows, options, !input.BaselineFlag && !input.NoKnowledgeFlag, charts)));

            using var text = new StringWriter();
            foreach (var t in result.Tenants.Where(_ => result.Tenants.Count > 1))
            {
                text.WriteLine($"== tenant {t.Tenant} ({t.Rows} rows)");
                t.Report.Print(text);
            }
            text.WriteLine(result.Tenants.Count > 1 ? $"== pooled over {result.Tenants.Count} tenants" : "== report");
            result.Pooled.Print(text);
            // The slip rule as the review decider runs it, scored against the feed's injected slips (adjudicated accounts).
            foreach (var t in result.Tenants.Where(_ => result.Tenants.Count > 1)) text.WriteLine($"  {t.Tenant}: {SlipCatch.Of(t.Report.Outcomes)}");
            text.WriteLine(SlipCatch.Of(result.Pooled.Outcomes));
            Console.Write(text.ToString());

            var root = DatabaseLocation.RepositoryRoot();
            var folder = input.OutFlag ?? Path.Combine(root, "artifacts", "evaluation");
            Directory.CreateDirectory(folder);
            var stem = name + (input.BaselineFlag ? ".baseline" : input.NoKnowledgeFlag ? ".no-knowledge" : "");
            await File.WriteAllTextAsync(Path.Combine(folder, stem + ".txt"), text.ToString());
            await File.WriteAllTextAsync(Path.Combine(folder, stem + ".json"), EvaluationJson.Write(feed, result));
            if (input.OutcomesFlag)
            {
                await using var outcomes = new StreamWriter(Path.Combine(folder, stem + ".outcomes.csv"));
                OutcomesCsv.Write(result.Pooled.Outcomes, outcomes);
            }
            var calibration = Path.Combine(root, "artifacts", "calibration");
            Directory.CreateDirectory(calibration);
            var today = SystemClock.Instance.GetCurrentInstant().InUtc().Date;
            await File.WriteAllTextAsync(Path.Combine(calibration, "calibration_bins.json"), CalibrationArtifacts.BinsJson(result.Pooled));
            await File.WriteAllTextAsync(Path.Combine(calibration, "calibration_metadata.json"), CalibrationArtifacts.MetadataJson(result.Pooled, feed, today));
            Console.WriteLine($"wrote {Path.Combine(folder, stem)}.txt/.json and {calibration}/calibration_bins.json, calibration_metadata.json");
            return true;
        }
        catch (Exception e) when (e is DomainException or IOException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }

    private static (IReadOnlyList<FeedRow> Rows, string Feed, string Name, IReadOnlyDictionary<string, IReadOnlyList<ChartAccount>>? Charts) Load(EvaluateInput input)
    {
        if (input.HardFlag)
            return (HardFeedGenerator.Generate(input.SeedFlag), $"hard-feed seed {input.SeedFlag}", $"hard-feed-{input.SeedFlag}",
                new Dictionary<string, IReadOnlyList<ChartAccount>> { [""] = HardFeedChart.Accounts });
        using var reader = new StreamReader(input.FeedFlag!);
        var rows = LabelledFeedCsv.Parse(reader, fileName: Path.GetFileName(input.FeedFlag!));
        var charts = input.ChartFlag is null ? null : ChartCsv(input.ChartFlag);
        return (rows, Path.GetFullPath(input.FeedFlag!), Path.GetFileNameWithoutExtension(input.FeedFlag!), charts);
    }

    /// <summary>
    /// A header line, then code,name,type per line (type: Asset, Liability, Equity, Income or Expense, or as GnuCash or
    /// beancount name it, <see cref="FeedChart.ParseType"/>), RFC 4180; with a
    /// leading <c>tenant</c> column (tenant,code,name,type) each tenant of a many-tenant feed gets its own chart.
    /// </summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<ChartAccount>> ChartCsv(string path)
    {
        using var reader = new CsvHelper.CsvReader(new StreamReader(path), System.Globalization.CultureInfo.InvariantCulture);
        var charts = new Dictionary<string, List<ChartAccount>>(StringComparer.Ordinal);
        reader.Read();
        reader.ReadHeader();
        var byTenant = string.Equals(reader.HeaderRecord?.FirstOrDefault()?.Trim(), "tenant", StringComparison.OrdinalIgnoreCase);
        var at = byTenant ? 1 : 0;
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            if (reader.Parser.Count < at + 3 || FeedChart.ParseType(reader.GetField(at + 2)) is not { } type)
                throw new DomainException($"{path} line {line}: expected {(byTenant ? "tenant," : "")}code,name,type with type one of {string.Join(", ", Enum.GetNames<AccountType>())} (or a GnuCash type: BANK, CASH, CREDIT, ...).");
            var tenant = byTenant ? reader.GetField(0)!.Trim() : "";
            if (!charts.TryGetValue(tenant, out var accounts)) charts[tenant] = accounts = [];
            accounts.Add(new ChartAccount(reader.GetField(at)!.Trim(), reader.GetField(at + 1)!.Trim(), type));
        }
        return charts.ToDictionary(c => c.Key, c => (IReadOnlyList<ChartAccount>)c.Value);
    }
}
