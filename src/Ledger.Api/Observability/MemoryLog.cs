using System.Diagnostics;

namespace Ledger.Api.Observability;

/// <summary>
/// With <c>Ledger:Diagnostics:MemoryLogSeconds</c> above 0, a warning-level line every that many seconds with what the process's
/// memory is made of: the GC's heap, fragmentation, committed and pinned bytes after its last collection, the working set and
/// the thread count. For explaining a peak (bench-http sets it and keeps the API's log); off by default.
/// </summary>
public sealed class MemoryLog(IConfiguration configuration, ILogger<MemoryLog> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Ledger:Diagnostics:MemoryLogSeconds", 0.0);
        if (seconds <= 0) return;
        // The settings the GC actually runs with (a runtimeconfig knob it does not know is silently ignored).
        var settings = GC.GetConfigurationVariables();
        logger.LogWarning("GC settings: {Settings}", string.Join(", ", new[] { "ServerGC", "ConcurrentGC", "GCHeapCount", "GCDynamicAdaptationMode", "GCGen0MaxBudget", "GCConserveMemory" }
            .Select(k => $"{k}={settings.GetValueOrDefault(k)}")));
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        using var self = Process.GetCurrentProcess();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var gc = GC.GetGCMemoryInfo();
                self.Refresh();
                logger.LogWarning("Memory: working set {WorkingSetMb:F0} MB, GC heap {HeapMb:F0} MB (fragmented {FragmentedMb:F0}), committed {CommittedMb:F0} MB, " +
                    "pinned objects {Pinned}, gen2 collections {Gen2}, threads {Threads}",
                    self.WorkingSet64 / 1e6, gc.HeapSizeBytes / 1e6, gc.FragmentedBytes / 1e6, gc.TotalCommittedBytes / 1e6, gc.PinnedObjectsCount,
                    GC.CollectionCount(2), self.Threads.Count);
            }
        }
        catch (OperationCanceledException) { }
    }
}
