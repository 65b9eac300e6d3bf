using Ledger.Jobs.Commands.Kill;

namespace Ledger.Jobs.Commands.Bench;

/// <summary>
/// Samples the API's resident memory every quarter second and keeps, per phase of the benchmark (deciding, each round), the
/// sample with the most: what the peak was made of, which VmHWM alone does not say (issue #15: a round's memory was a retrain).
/// </summary>
public sealed class ResidentPeaks : IAsyncDisposable
{
    readonly ApiProcess api;
    readonly CancellationTokenSource stop = new();
    readonly Task sampling;
    readonly Lock gate = new();
    readonly Dictionary<string, ResidentMemory> peaks = new(StringComparer.Ordinal);
    string phase;

    public ResidentPeaks(ApiProcess api, string firstPhase)
    {
        this.api = api;
        phase = firstPhase;
        sampling = Task.Run(SampleAsync);
    }

    /// <summary>From now on samples count towards <paramref name="name"/>.</summary>
    public void Phase(string name)
    {
        lock (gate) phase = name;
    }

    public ResidentMemory? Peak(string name)
    {
        lock (gate) return peaks.GetValueOrDefault(name);
    }

    async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        try
        {
            do
            {
                if (api.Resident() is not { } now) continue;
                lock (gate)
                    if (!peaks.TryGetValue(phase, out var peak) || now.TotalMb > peak.TotalMb) peaks[phase] = now;
            } while (await timer.WaitForNextTickAsync(stop.Token));
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }
}
