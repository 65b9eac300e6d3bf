using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Jobs.Commands.Kill;
using NodaTime;
using Spectre.Console;

namespace Ledger.Jobs.Commands.Bench;

public class BenchHttpInput : NetCoreInput
{
    [Description("Concurrent clients per round, comma-separated")]
    public string ClientsFlag { get; set; } = "1,8,32";

    [Description("Seconds per round")]
    public int SecondsFlag { get; set; } = 30;

    [Description("Transactions imported and decided into the queue of one tenant in shadow mode")]
    public int CountFlag { get; set; } = 100_000;

    [Description("Keep the scratch database (its name is printed)")]
    public bool KeepFlag { get; set; }
}

/// <summary>
/// The API under load as reviewers use it: on a scratch database, one tenant's queue filled by the real import and the API's
/// own decisions, then closed-loop clients at each concurrency send a bounded mix (queue pages with filters and a deep page,
/// explain, approve, metrics, and /api/tenant as the limit: the cost of any authenticated request). Prints p50/p95/p99 and
/// errors per endpoint, the API's peak memory, and writes artifacts/bench/http.json.
/// </summary>
[Description("Drive the real API on 127.0.0.1 with a mixed reviewer workload at several concurrencies", Name = "bench-http")]
public class BenchHttpCommand : OperatorCommand<BenchHttpInput>
{
    protected override async Task<bool> Run(BenchHttpInput input)
    {
        var levels = input.ClientsFlag.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        using var jobs = input.BuildHost();
        var configured = JobsDatabase.ConnectionString(jobs);
        var name = $"ledger_benchhttp_{SystemClock.Instance.GetCurrentInstant().InUtc():yyyyMMddHHmmss}";
        var scratch = await ScratchDatabase.CreateAsync(configured, name);
        var log = Path.Combine(Path.GetTempPath(), $"{name}.log");
        Console.WriteLine($"bench-http: {input.CountFlag:N0} transactions, clients {string.Join(",", levels)}, {input.SecondsFlag} s each; scratch database {name}, API log {log}");
        try
        {
            var (tenant, imported) = await QueueFilledAsync(scratch, input.CountFlag);
            await using var api = new ApiProcess(Path.Combine(AppContext.BaseDirectory, "Ledger.Api.dll"), scratch, log);
            api.ExtraEnvironment["Ledger__Diagnostics__MemoryLogSeconds"] = "2";   // the GC's side of each peak, in the API log
            await api.StartAsync(CancellationToken.None);
            await using var peaks = new ResidentPeaks(api, "deciding");
            var (queued, deciding) = await BenchQueue.DecidedAsync(scratch, imported);
            var peakDeciding = api.PeakMegabytes();
            var decisionsPerSecond = imported / Math.Max(1, deciding.TotalSeconds);
            Console.WriteLine($"API decided the backlog: {queued:N0} queued, {decisionsPerSecond:N0} decisions/s (from the API's start); API peak memory {peakDeciding:N0} MB: {peaks.Peak("deciding")}");

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = api.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.AdminToken);
            var probes = await ReviewerProbes.CreateAsync(http);
            foreach (var p in probes.Where(p => p.Name != ReviewerProbes.Approve)) (await p.Send(http))?.Dispose();   // Wolverine compiles each endpoint on first use

            var rounds = new List<ProbeFigures>();
            foreach (var clients in levels)
            {
                var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
                peaks.Phase($"{clients} clients");
                var figures = await ProgressDisplay.StatusAsync($"{clients} client(s) for {input.SecondsFlag} s",
                    () => HttpLoad.RunAsync(http, probes, clients, TimeSpan.FromSeconds(input.SecondsFlag)));
                rounds.AddRange(figures);
                Print(clients, figures, load);
                Console.WriteLine($"API peak resident memory during the round: {peaks.Peak($"{clients} clients")}");
            }
            var peak = api.PeakMegabytes();
            Console.WriteLine($"API peak memory (VmHWM) with {imported:N0} transactions: {peak:N0} MB (after deciding: {peakDeciding:N0} MB); limit 400 MB; {decisionsPerSecond:N0} decisions/s");
            var folder = Path.Combine(DatabaseLocation.RepositoryRoot(), "artifacts", "bench");
            Directory.CreateDirectory(folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "http.json"), JsonSerializer.Serialize(new { transactions = imported, queued, peakMegabytes = peak, peakDecidingMegabytes = peakDeciding, decisionsPerSecond, rounds },
                new JsonSerializerOptions { WriteIndented = true }));
            Console.WriteLine($"Wrote {Path.Combine(folder, "http.json")}");
            return rounds.All(r => r.Errors == 0);
        }
        finally
        {
            if (!input.KeepFlag) await ScratchDatabase.DropAsync(configured, name);
        }
    }

    /// <summary>Imports with the decision relay off (the API decides them once started), one tenant in shadow mode: all are queued.</summary>
    static async Task<(Ledger.Api.Tenants.TenantOnboardedResponse Tenant, int Imported)> QueueFilledAsync(string scratch, int count)
    {
        using var host = BenchDecisionsCommand.BuildHost(scratch, decisions: false);
        await host.StartAsync();
        var (tenants, imported, _) = await BenchDecisionsCommand.PrepareAsync(host.Services, count, 1, autopostFirst: false);
        await host.StopAsync();
        return (tenants[0], imported);
    }

    static void Print(int clients, IReadOnlyList<ProbeFigures> figures, string load)
    {
        var limit = figures.Single(f => f.Name == ReviewerProbes.Limit).P95;
        var table = new Table().Title($"{clients} client(s), load {load}").AddColumns("endpoint", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "p95 / limit");
        static string Ms(double? ms) => ms is { } v ? $"{v:0.0}" : "-";
        foreach (var f in figures)
        {
            var errors = f.Errors == 0 ? "0" : $"{f.Errors} ({string.Join(", ", f.ErrorsByStatus.Select(e => $"{e.Key}: {e.Value}"))})";
            table.AddRow(Markup.Escape(f.Name), $"{f.Requests:N0}", Markup.Escape(errors), Ms(f.P50), Ms(f.P95), Ms(f.P99), f.P95 / limit is { } r ? $"{r:0.0}x" : "-");
        }
        AnsiConsole.Write(table);
    }
}
