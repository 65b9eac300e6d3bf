using System.Diagnostics;
using JasperFx.CommandLine;
using Ledger.Api.Import;
using Ledger.Api.Tenants;
using Ledger.Domain.Statements;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace Ledger.Jobs.Commands;

public class BenchImportInput : NetCoreInput
{
    [Description("Transactions per generated file (default 100,000)")]
    public int CountFlag { get; set; } = 100_000;

    [Description("Keep the async projection daemon running during the imports, as in the API (default: stopped, to measure the import alone)")]
    public bool DaemonFlag { get; set; }

    [Description("Lines per chunk of the import's second pass (default: Ledger:Import:ChunkRows, 5,000)")]
    public int ChunkFlag { get; set; }
}

/// <summary>
/// Measures the import path an operator or the API uses (check the whole file, then plan and write it in chunks in one
/// transaction) on generated files, on a fresh tenant so earlier runs do not help or hurt. Prints rates, the importer's own
/// phase timings, and memory per import: the peak managed heap (allocated, collected or not), the peak live heap (what the
/// last GC kept) and the peak working set, each next to what the process held before the import began. The row and size
/// limits are raised to fit --count, so the memory of 100,000 and of 300,000 rows can be compared.
/// </summary>
[Description("Benchmark statement import: a fresh tenant, an OFX and a CSV of --count rows, then the OFX again (all duplicates)", Name = "bench-import")]
public class BenchImportCommand : OperatorCommand<BenchImportInput>
{
    protected override async Task<bool> Run(BenchImportInput input)
    {
        using var host = input.BuildHost();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IMessageBus>();
        var tenant = await bus.InvokeAsync<TenantOnboardedResponse>(
            new OnboardTenant($"Import Benchmark {NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc():yyyyMMddHHmmss}", "starter", "bench", "bench-import"));
        Console.WriteLine($"Tenant {tenant.TenantId}, {input.CountFlag:N0} transactions per file, {Environment.ProcessorCount} cores, " +
                          $"projection daemon {(input.DaemonFlag ? "running" : "stopped")}");

        if (!input.DaemonFlag)
        {
            // The store stays usable; only the hosted services (projection daemon, Wolverine agents) stop.
            await host.StopAsync();
        }

        var ofx = Generate(".ofx", s => SampleStatements.WriteOfx(s, input.CountFlag, seed: 11));
        var csv = Generate(".csv", s => SampleStatements.WriteCsv(s, input.CountFlag, seed: 12));
        var configured = host.Services.GetRequiredService<ImportLimits>();
        var limits = configured with
        {
            MaxRows = Math.Max(configured.MaxRows, input.CountFlag),
            MaxFileBytes = Math.Max(configured.MaxFileBytes, new FileInfo(ofx).Length + 1024 * 1024),
            ChunkRows = input.ChunkFlag > 0 ? input.ChunkFlag : configured.ChunkRows,
        };
        Console.WriteLine($"Chunks of {limits.ChunkRows:N0} lines, row limit {limits.MaxRows:N0}, size limit {limits.MaxFileBytes / 1024 / 1024:N0} MB");
        var importer = ActivatorUtilities.CreateInstance<StatementImporter>(host.Services, limits, new PhaseLog());
        try
        {
            // Different accounts: the two files must not be duplicates of each other.
            await RunAsync("OFX  new       ", importer, tenant.TenantId, "1000", ofx, duplicates: false);
            await RunAsync("CSV  new       ", importer, tenant.TenantId, "1010", csv, duplicates: false);
            await RunAsync("OFX  re-import ", importer, tenant.TenantId, "1000", ofx, duplicates: true);
        }
        finally
        {
            File.Delete(ofx);
            File.Delete(csv);
        }

        var process = Process.GetCurrentProcess();
        var gc = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine($"Peak working set {Mb(process.PeakWorkingSet64)}; managed heap now {Mb(GC.GetTotalMemory(false))}, " +
                          $"after last GC {Mb(gc.HeapSizeBytes)}, committed {Mb(gc.TotalCommittedBytes)}; " +
                          $"GCs gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}");
        if (input.DaemonFlag) await host.StopAsync();
        return true;
    }

    static async Task RunAsync(string label, StatementImporter importer, string tenantId, string account, string path, bool duplicates)
    {
        // Start each import from a collected heap, so its peaks are its own and comparable.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var workingSetBefore = Environment.WorkingSet;
        using var peak = new MemoryPeak();
        var sw = Stopwatch.StartNew();
        await using var file = File.OpenRead(path);
        // A spinner, not a bar: a bar would wrap the file in a counting stream and measure that too.
        var r = await ProgressDisplay.StatusAsync($"{label.Trim()}: importing {Path.GetFileName(path)} ...",
            () => importer.ImportAsync(new ImportRequest(tenantId, account, Path.GetFileName(path), file, "bench-import"), CancellationToken.None));
        sw.Stop();
        var count = duplicates ? r.Duplicates : r.Imported;
        Console.WriteLine($"{label} {new FileInfo(path).Length / 1024.0 / 1024.0,6:N1} MB  imported {r.Imported,7:N0}  duplicates {r.Duplicates,7:N0}  " +
                          $"{sw.Elapsed.TotalSeconds,6:N2} s  {count / sw.Elapsed.TotalSeconds,8:N0} {(duplicates ? "duplicates" : "transactions")}/s  " +
                          $"peak managed heap {Mb(peak.ManagedBytes)} (live {Mb(peak.LiveBytes)}; {Mb(heapBefore)} before), " +
                          $"peak working set {Mb(peak.WorkingSetBytes)} ({Mb(workingSetBefore)} before)");
    }

    /// <summary>Prints the importer's one line per import (phase timings) whatever the configured log level.</summary>
    sealed class PhaseLog : ILogger<StatementImporter>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) Console.WriteLine("    " + formatter(state, exception));
        }
    }

    static string Generate(string extension, Action<Stream> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bench-import-{Guid.NewGuid():N}{extension}");
        using (var file = File.Create(path)) write(file);
        return path;
    }

    /// <summary>
    /// .NET keeps no managed-heap high-water mark, so it is sampled (every 20 ms) while one import runs; the process's
    /// working set is sampled too, because PeakWorkingSet64 covers the whole run, file generation included. "Live" is the
    /// heap the most recent GC left (minus fragmentation): what the import actually holds, not garbage awaiting a gen0 GC.
    /// </summary>
    sealed class MemoryPeak : IDisposable
    {
        readonly Timer timer;
        long managed, live, workingSet;

        public MemoryPeak() => timer = new Timer(_ => Sample(), null, 0, 20);
        public long ManagedBytes { get { Sample(); return Interlocked.Read(ref managed); } }
        public long LiveBytes { get { Sample(); return Interlocked.Read(ref live); } }
        public long WorkingSetBytes { get { Sample(); return Interlocked.Read(ref workingSet); } }

        void Sample()
        {
            Max(ref managed, GC.GetTotalMemory(false));
            var gc = GC.GetGCMemoryInfo(GCKind.Any);
            Max(ref live, gc.HeapSizeBytes - gc.FragmentedBytes);
            Max(ref workingSet, Environment.WorkingSet);
        }

        static void Max(ref long target, long value)
        {
            long seen;
            while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen) { }
        }

        public void Dispose() => timer.Dispose();
    }

    static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:N0} MB";
}
