using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ledger.Jobs.Commands.Kill;

/// <summary>
/// The built API (Ledger.Api.dll) as a child process on a database of the caller's choosing, started and SIGKILLed like a
/// crashing server: no shutdown hook runs, open transactions die with their connections. Its output goes to a log file.
/// </summary>
public sealed class ApiProcess(string apiDll, string connectionString, string logFile) : IAsyncDisposable
{
    Process? process;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1");

    /// <summary>More environment for the API process (e.g. a diagnostics setting), set before <see cref="StartAsync"/>.</summary>
    public Dictionary<string, string> ExtraEnvironment { get; } = new(StringComparer.Ordinal);
    public bool IsRunning => process is { HasExited: false };

    /// <summary>The API's peak resident memory so far (VmHWM of /proc/pid/status), in MB; null where /proc is missing.</summary>
    public double? PeakMegabytes()
    {
        var status = process is { HasExited: false } ? $"/proc/{process.Id}/status" : null;
        if (status is null || !File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
    /// <summary>
    /// What the API's resident memory is made of now (/proc/pid/status): anonymous (the GC's heap, native allocations, stacks),
    /// file-backed (mapped assemblies and native libraries) and shared (the runtime's double-mapped JIT'd code), in MB.
    /// </summary>
    public ResidentMemory? Resident()
    {
        var status = process is { HasExited: false } ? $"/proc/{process.Id}/status" : null;
        if (status is null) return null;
        try
        {
            string[] wanted = ["VmRSS", "RssAnon", "RssFile", "RssShmem", "Threads"];
            var fields = File.ReadLines(status).Select(l => l.Split(':', 2)).Where(f => f.Length == 2 && wanted.Contains(f[0]))
                .ToDictionary(f => f[0], f => long.Parse(f[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            double Mb(string key) => fields.GetValueOrDefault(key) / 1024.0;
            return new ResidentMemory(Mb("VmRSS"), Mb("RssAnon"), Mb("RssFile"), Mb("RssShmem"), (int)fields.GetValueOrDefault("Threads"));
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException) { return null; }   // exited meanwhile
    }

    public TimeSpan LastStart { get; private set; }

    public async Task StartAsync(CancellationToken ct)
    {
        var sw = Stopwatch.StartNew();
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(apiDll);
        psi.Environment["ConnectionStrings__Ledger"] = connectionString;
        psi.Environment["Urls"] = BaseAddress.ToString();
        psi.Environment["Ledger__Demo"] = "false";
        psi.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        psi.Environment["Ledger__Auth__MaxFailuresPerMinute"] = "100000";
        foreach (var (key, value) in ExtraEnvironment) psi.Environment[key] = value;
        process = Process.Start(psi)!;
        // A harness stopped with Ctrl+C or SIGTERM takes its API along instead of leaving it running on the database.
        var child = process;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { if (!child.HasExited) child.Kill(true); } catch (InvalidOperationException) { } };
        var log = File.AppendText(logFile);
        log.AutoFlush = true;
        await log.WriteLineAsync($"---- start pid {process.Id} on {BaseAddress} (the API's own lines carry the time)");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        // A real child process waited for on elapsed time (monotonic), not on any clock: this is an operator's tool.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited) throw new InvalidOperationException($"The API exited with {process.ExitCode} while starting; see {logFile}.");
            try
            {
                if ((await http.GetAsync("/healthz", ct)).IsSuccessStatusCode)
                {
                    LastStart = sw.Elapsed;
                    return;
                }
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(100, ct);
        }
        throw new TimeoutException($"The API did not answer /healthz within 120 s; see {logFile}.");
    }

    /// <summary>SIGKILL (Process.Kill on Linux), then wait until the process is gone.</summary>
    public async Task KillAsync()
    {
        if (process is null || process.HasExited) return;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process?.Dispose();
    }
}

/// <summary>A process's resident memory by kind, in MB, and its thread count.</summary>
public sealed record ResidentMemory(double TotalMb, double AnonymousMb, double FileMb, double SharedMb, int Threads)
{
    public override string ToString() =>
        FormattableString.Invariant($"{TotalMb:N0} MB (anonymous {AnonymousMb:N0}, files {FileMb:N0}, shared/JIT code {SharedMb:N0}; {Threads} threads)");
}
