using System.Text.Json;
using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using NodaTime;
using Spectre.Console;

namespace Ledger.Jobs.Commands.Bench;

public class BenchInput : NetCoreInput
{
    [Description("small (about a minute: a smoke run), medium, or full (issue 15's sizes: many minutes)")]
    public string SizeFlag { get; set; } = "small";

    [Description("Folder for results.json and bench.png (default artifacts/bench under the repository)")]
    public string OutFlag { get; set; } = "";

    [Description("Keep the scratch database (its name is printed)")]
    public bool KeepFlag { get; set; }
}

/// <summary>
/// Issue 15's macro figures in one run on a scratch database of the configured server (safe beside a running API): decisions
/// and read-model lag, OFX and CSV import, projection rebuild, each beside its limit measured in the same run. Prints a table,
/// writes results.json and a PNG. The HTTP figures come from bench-http, which needs the API as a child process.
/// </summary>
[Description("Benchmark the macro figures of issue 15 beside their limits; writes results.json and a chart", Name = "bench")]
public class BenchCommand : OperatorCommand<BenchInput>
{
    protected override async Task<bool> Run(BenchInput input)
    {
        var size = BenchSize.Parse(input.SizeFlag);
        using var jobs = input.BuildHost();
        var configured = JobsDatabase.ConnectionString(jobs);
        var name = $"ledger_bench_{SystemClock.Instance.GetCurrentInstant().InUtc():yyyyMMddHHmmss}";
        var scratch = await ScratchDatabase.CreateAsync(configured, name);
        var load = Load();
        Console.WriteLine($"bench --size {size.Name}: imports of {size.ImportRows:N0} rows, {size.Decisions:N0} decisions among {size.Tenants} tenant(s); " +
                          $"{Environment.ProcessorCount} cores, load {load}; scratch database {name}");
        var figures = new List<BenchFigure>();
        try
        {
            // Decisions first: the import benchmark's transactions must not become a backlog for the deciding host.
            figures.AddRange(await MacroFigures.DecisionsAsync(scratch, size));
            figures.AddRange(await MacroFigures.ImportsAsync(scratch, size));
            figures.Add(await MacroFigures.RebuildAsync(scratch));
        }
        finally
        {
            if (!input.KeepFlag) await ScratchDatabase.DropAsync(configured, name);
        }

        Print(figures, $"size {size.Name}, load {load} → {Load()}");
        var folder = string.IsNullOrWhiteSpace(input.OutFlag) ? Path.Combine(DatabaseLocation.RepositoryRoot(), "artifacts", "bench") : Path.GetFullPath(input.OutFlag);
        Directory.CreateDirectory(folder);
        var results = new
        {
            size = size.Name, size.ImportRows, size.Decisions, size.Tenants, cores = Environment.ProcessorCount, loadBefore = load, loadAfter = Load(),
            at = SystemClock.Instance.GetCurrentInstant().ToString(),
            figures = figures.Select(f => new { f.Measure, f.Unit, f.Value, f.Goal, f.HigherIsBetter, f.GoalMet, f.LimitName, f.Limit, f.RatioToLimit, f.Note }),
        };
        var json = Path.Combine(folder, "results.json");
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
        var png = Path.Combine(folder, "bench.png");
        BenchChart.Write(figures, $"bench --size {size.Name}, {Environment.ProcessorCount} cores, load {load}, {SystemClock.Instance.GetCurrentInstant().InUtc():yyyy-MM-dd HH:mm} UTC", png);
        Console.WriteLine($"Wrote {json} and {png}");
        return true;
    }

    static void Print(IReadOnlyList<BenchFigure> figures, string title)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumns("measure", "figure", "goal", "limit", "÷ limit", "");
        foreach (var f in figures)
            table.AddRow(Markup.Escape(f.Measure), $"{f.Value:N1} {f.Unit}", $"{(f.HigherIsBetter ? "≥" : "≤")} {f.Goal:N0}",
                f.Limit is { } l ? $"{l:N0}" : "—", f.RatioToLimit is { } r ? $"{r:0.00}" : "—", f.GoalMet ? "[green]met[/]" : "[red]below[/]");
        AnsiConsole.Write(table);
        foreach (var f in figures) Console.WriteLine($"  {f.Measure}: {f.Note}{(f.LimitName is null ? "" : $"; limit: {f.LimitName}")}");
    }

    static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}
