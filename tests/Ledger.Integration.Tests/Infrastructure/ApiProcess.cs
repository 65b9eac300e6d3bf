using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>
/// The real API as its own process on a given database, as a second node would run in production: it can be killed
/// abruptly (SIGKILL), which an in-process host cannot be. Its console output is kept for the test to read.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    readonly Process process;
    public ConcurrentQueue<string> Output { get; } = new();
    public Uri BaseAddress { get; }

    ApiProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public static async Task<ApiProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string> settings)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ledger.Api.dll"));
        psi.Environment["ConnectionStrings__Ledger"] = connectionString;
        psi.Environment["Urls"] = url.ToString();
        psi.Environment["Ledger__Demo"] = "false";
        psi.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) psi.Environment[key.Replace(":", "__")] = value;
        var node = new ApiProcess(Process.Start(psi)!, url);
        node.process.OutputDataReceived += (_, e) => { if (e.Data is not null) node.Output.Enqueue(e.Data); };
        node.process.ErrorDataReceived += (_, e) => { if (e.Data is not null) node.Output.Enqueue(e.Data); };
        node.process.BeginOutputReadLine();
        node.process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = url };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && !node.process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return node;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        await node.DisposeAsync();
        throw new InvalidOperationException("The API process did not come up:\n" + string.Join('\n', node.Output));
    }

    /// <summary>SIGKILL: no shutdown hook runs, no agent is handed over, nothing is flushed.</summary>
    public void Kill()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
