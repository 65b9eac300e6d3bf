using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ledger.Jobs.Commands.Bench;

/// <summary>One kind of request of the mixed workload: a name to report it by and how to send it.</summary>
public sealed record HttpProbe(string Name, Func<HttpClient, Task<HttpResponseMessage?>> Send);

/// <summary>Latencies of one probe at one concurrency, in milliseconds.</summary>
/// <remarks>Percentiles are null when the probe sent nothing (approvals used up); failures are counted by status ("409", "timeout").</remarks>
public sealed record ProbeFigures(string Name, int Clients, int Requests, int Errors, double? P50, double? P95, double? P99,
    IReadOnlyDictionary<string, int> ErrorsByStatus);

/// <summary>
/// A closed loop: each client sends the probes in turn, the next request as soon as the last is answered, until the time is
/// up. Bounded by the time and the client count; a probe with nothing left to send (approvals used up) is skipped.
/// </summary>
public static class HttpLoad
{
    public static async Task<IReadOnlyList<ProbeFigures>> RunAsync(HttpClient http, IReadOnlyList<HttpProbe> probes, int clients, TimeSpan duration)
    {
        var samples = probes.ToDictionary(p => p.Name, _ => new ConcurrentBag<double>());
        var errors = probes.ToDictionary(p => p.Name, _ => new ConcurrentDictionary<string, int>());
        var until = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var i = c; until.Elapsed < duration; i++)
            {
                var probe = probes[i % probes.Count];
                var sw = Stopwatch.StartNew();
                string? failure;
                try
                {
                    using var response = await probe.Send(http);
                    if (response is null) continue;
                    failure = response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (TaskCanceledException) { failure = "timeout"; }
                catch (HttpRequestException) { failure = "connection"; }
                samples[probe.Name].Add(sw.Elapsed.TotalMilliseconds);
                if (failure is not null) errors[probe.Name].AddOrUpdate(failure, 1, (_, n) => n + 1);
            }
        })).ToList();
        await Task.WhenAll(tasks);
        return probes.Select(p =>
        {
            var sorted = samples[p.Name].Order().ToArray();
            var failures = errors[p.Name].OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value);
            return new ProbeFigures(p.Name, clients, sorted.Length, failures.Values.Sum(), Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), failures);
        }).ToList();
    }

    public static double? Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? null : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];

    public static async Task<JsonElement> JsonAsync(HttpClient http, string path) =>
        await (await http.GetAsync(path)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
}
