using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ledger.Api.Operations;

namespace Ledger.Jobs.Commands.Kill;

public sealed record KillReport(int Kills, IReadOnlyDictionary<string, int> KillsByPhase, AckLedger Ledger, IReadOnlyList<string> Problems, TimeSpan Took, TimeSpan MedianStart)
{
    public string Line() =>
        $"{Kills} SIGKILLs ({string.Join(", ", KillsByPhase.Select(k => $"{k.Key} {k.Value}"))}) in {Took.TotalSeconds:N0} s (API start median {MedianStart.TotalSeconds:N1} s): " +
        $"{Ledger.Files.Count(f => f.ImportId is not null)} imports, {Ledger.Approved.Count} approvals ({Ledger.BulkApprovals} bulk requests), " +
        $"{Ledger.ExportBatches.Count} exports acknowledged; {Ledger.Unanswered} requests cut off, {Ledger.Retried} retried; " +
        (Problems.Count == 0 ? "every acknowledgement held, read models equal a rebuild" : $"{Problems.Count} PROBLEMS");
}

/// <summary>
/// Kill anywhere (issue #16, part 2): the API as a child process on its own database, SIGKILLed at a random moment of an
/// import, of the decisions that follow it, of single and bulk approvals, of an export, or of a projection rebuild (the jobs
/// command as a child); restarted each time, with the client's unanswered requests sent again. At the end the database is
/// held to the client's acknowledgement ledger (<see cref="KillChecks"/>) and the read models to a fresh rebuild.
/// </summary>
public sealed class KillHarness(string connectionString, string operatorToken, string binDirectory, string logFile, int seed, Action<string> progress)
{
    static readonly string[] Phases = ["import", "decide", "approve", "bulk-approve", "export", "rebuild"];

    public async Task<KillReport> RunAsync(int kills, CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        var rng = new Random(seed);
        var ledger = new AckLedger();
        var byPhase = Phases.ToDictionary(p => p, _ => 0);
        var starts = new List<TimeSpan>();
        await using var api = new ApiProcess(Path.Combine(binDirectory, "Ledger.Api.dll"), connectionString, logFile);
        await api.StartAsync(ct);
        starts.Add(api.LastStart);
        var (tenantId, admin) = await SetUpTenantAsync(api.BaseAddress, ct);
        var client = new KillClient(ledger, admin, rng);
        client.Use(api.BaseAddress);
        await client.WarmUpAsync();
        await client.ImportNewAsync(60);   // something to approve and export from the first round on

        for (var kill = 0; kill < kills; kill++)
        {
            var phase = Phases[kill % Phases.Length];
            byPhase[phase]++;
            if (phase == "rebuild") await KillDuringRebuildAsync(api, rng, ct);
            else await KillDuringAsync(phase, api, client, rng, ct);
            await api.StartAsync(ct);
            starts.Add(api.LastStart);
            client.Use(api.BaseAddress);
            await client.WarmUpAsync();
            await client.RetryPendingAsync();
            progress($"kill {kill + 1}/{kills} during {phase}: {ledger.Acknowledged} acknowledged, {ledger.Pending.Count} still unanswered");
        }

        // Let the last API decide and project everything, then stop it, so the checks read a database nobody writes to.
        var checks = new KillChecks(connectionString, tenantId);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var caughtUp = false;
        while (!caughtUp && waited.Elapsed < TimeSpan.FromMinutes(3))
        {
            await Task.Delay(500, ct);
            caughtUp = await checks.CaughtUpAsync(ct);
        }
        await api.KillAsync();
        var problems = await checks.RunAsync(ledger, ct);
        if (!caughtUp) problems.Add("the restarted API did not decide and project everything within 3 minutes");
        problems.AddRange(await RebuildChangesNothingAsync(ct));
        starts.Sort();
        return new KillReport(kills, byPhase, ledger, problems, sw.Elapsed, starts[starts.Count / 2]);
    }

    async Task KillDuringAsync(string phase, ApiProcess api, KillClient client, Random rng, CancellationToken ct)
    {
        // One act of the phase that is let through first, so every run has acknowledgements of each kind to check, then
        // the work of the phase runs while the kill comes at a random moment within its usual duration.
        await (phase switch
        {
            "approve" => client.ApproveOneAsync(),
            "bulk-approve" => client.BulkApproveAsync(5),
            "export" => client.ExportAsync(),
            _ => Task.CompletedTask,
        });
        using var stop = new CancellationTokenSource();
        async Task Repeat(Func<Task> act) { while (!stop.IsCancellationRequested) await act(); }
        Func<Task> work = phase switch
        {
            "import" => () => client.ImportNewAsync(rng.Next(500, 4000)),
            "decide" => () => client.ImportNewAsync(rng.Next(200, 1500)),   // the kill comes while its transactions are decided
            "approve" => () => Repeat(client.ApproveOneAsync),
            "bulk-approve" => () => Repeat(() => client.BulkApproveAsync(rng.Next(20, 200))),
            _ => async () => { await client.ApproveOneAsync(); await Repeat(client.ExportAsync); },
        };
        // Drawn before the work starts: the work uses the same Random on its own thread.
        var delay = rng.Next(phase == "decide" ? 0 : 50, phase is "import" or "decide" ? 2000 : 1200);
        var running = Task.Run(work, ct);
        if (phase == "decide")
        {
            await running.WaitAsync(TimeSpan.FromMinutes(2), ct);   // acknowledged (or cut off): now the pipeline decides it
            await Task.Delay(delay, ct);
        }
        else await Task.WhenAny(running, Task.Delay(delay, ct));
        // No new request after this moment: the one in flight is the one the kill cuts off.
        await stop.CancelAsync();
        await api.KillAsync();
        try { await running.WaitAsync(TimeSpan.FromSeconds(30), ct); }
        catch (Exception) { /* the work dies with the server: its requests are pending in the ledger */ }
    }

    /// <summary>The operator's rebuild, run with the API stopped as the runbook says, killed half-way, then run again to the end.</summary>
    async Task KillDuringRebuildAsync(ApiProcess api, Random rng, CancellationToken ct)
    {
        await api.KillAsync();
        using var rebuild = StartJobs("rebuild");
        await Task.WhenAny(rebuild.WaitForExitAsync(ct), Task.Delay(rng.Next(300, 4000), ct));
        if (!rebuild.HasExited) rebuild.Kill(entireProcessTree: true);
        await rebuild.WaitForExitAsync(ct);
        using var again = StartJobs("rebuild");
        await again.WaitForExitAsync(ct);
        if (again.ExitCode != 0) throw new InvalidOperationException($"rebuild after a killed rebuild failed with {again.ExitCode}; see {logFile}");
    }

    async Task<IEnumerable<string>> RebuildChangesNothingAsync(CancellationToken ct)
    {
        var before = await ReadModelSnapshot.TakeAsync(connectionString, ct);
        using var rebuild = StartJobs("rebuild");
        await rebuild.WaitForExitAsync(ct);
        var after = await ReadModelSnapshot.TakeAsync(connectionString, ct);
        return ReadModelSnapshot.Differences(before, after).Select(d => "read model differs from a rebuild: " + d)
            .Concat(rebuild.ExitCode == 0 ? [] : [$"the final rebuild failed with {rebuild.ExitCode}"]);
    }

    Process StartJobs(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(binDirectory, "Ledger.Jobs.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["ConnectionStrings__Ledger"] = connectionString;
        psi.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        var process = Process.Start(psi)!;
        var log = File.AppendText(logFile);
        log.AutoFlush = true;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine("[jobs] " + e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine("[jobs] " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A tenant with a trained model, so decisions propose accounts and approvals have something to approve.</summary>
    async Task<(string TenantId, string AdminToken)> SetUpTenantAsync(Uri api, CancellationToken ct)
    {
        using var op = new HttpClient { BaseAddress = api };
        op.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", operatorToken);
        var onboarded = await Json(await op.PostAsJsonAsync("/api/ops/tenants", new { name = $"Kill Anywhere {seed}", template = "starter" }, ct));
        var tenantId = onboarded.GetProperty("tenantId").GetString()!;
        var admin = onboarded.GetProperty("adminToken").GetString()!;
        using var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", admin);
        await Json(await http.PostAsync("/api/labels/import", new MultipartFormDataContent
            { { new StringContent(KillClient.LabelledHistory()), "file", "history.csv" }, { new StringContent("1000"), "bankAccount" } }, ct));
        await Json(await http.PostAsync("/api/categorizer/train", null, ct));
        return (tenantId, admin);
    }

    static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{response.RequestMessage?.RequestUri}: HTTP {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}
