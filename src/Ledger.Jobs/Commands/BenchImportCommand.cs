using System.Diagnostics;
using JasperFx.CommandLine;
using Ledger.Api.Import;
using Ledger.Api.Tenants;
using Ledger.Domain.Statements;
using Wolverine;

namespace Ledger.Jobs.Commands;

public class BenchImportInput : NetCoreInput
{
    [Description("Transactions per generated file (default 100,000)")]
    public int CountFlag { get; set; } = 100_000;

    [Description("Keep the async projection daemon running during the imports, as in the API (default: stopped, to measure the import alone)")]
    public bool DaemonFlag { get; set; }
}

/// <summary>
/// Measures the import path an operator or the API uses (parse, validate, dedupe, one atomic bulk write) on generated
/// files, on a fresh tenant so earlier runs do not help or hurt. Prints rates and the process's peak memory.
/// </summary>
[Description("Benchmark statement import: a fresh tenant, an OFX and a CSV of --count rows, then the OFX again (all duplicates)", Name = "bench-import")]
public class BenchImportCommand : JasperFxAsyncCommand<BenchImportInput>
{
    public override async Task<bool> Execute(BenchImportInput input)
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

        var importer = host.Services.GetRequiredService<StatementImporter>();
        var ofx = Generate(".ofx", s => SampleStatements.WriteOfx(s, input.CountFlag, seed: 11));
        var csv = Generate(".csv", s => SampleStatements.WriteCsv(s, input.CountFlag, seed: 12));
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
        using var peak = new MemoryPeak();
        var sw = Stopwatch.StartNew();
        await using var file = File.OpenRead(path);
        var r = await importer.ImportAsync(new ImportRequest(tenantId, account, Path.GetFileName(path), file, "bench-import"), CancellationToken.None);
        sw.Stop();
        var count = duplicates ? r.Duplicates : r.Imported;
        Console.WriteLine($"{label} {new FileInfo(path).Length / 1024.0 / 1024.0,6:N1} MB  imported {r.Imported,7:N0}  duplicates {r.Duplicates,7:N0}  " +
                          $"{sw.Elapsed.TotalSeconds,6:N2} s  {count / sw.Elapsed.TotalSeconds,8:N0} {(duplicates ? "duplicates" : "transactions")}/s  " +
                          $"peak managed heap {Mb(peak.ManagedBytes)}, peak working set {Mb(peak.WorkingSetBytes)}");
    }

    static string Generate(string extension, Action<Stream> write)
    {
        var path = Path.Combine(Path.GetTempPath(), $"bench-import-{Guid.NewGuid():N}{extension}");
        using (var file = File.Create(path)) write(file);
        return path;
    }

    /// <summary>
    /// .NET keeps no managed-heap high-water mark, so it is sampled (every 20 ms) while one import runs; the process's
    /// working set is sampled too, because PeakWorkingSet64 covers the whole run, file generation included.
    /// </summary>
    sealed class MemoryPeak : IDisposable
    {
        readonly Timer timer;
        long managed, workingSet;

        public MemoryPeak() => timer = new Timer(_ => Sample(), null, 0, 20);
        public long ManagedBytes { get { Sample(); return Interlocked.Read(ref managed); } }
        public long WorkingSetBytes { get { Sample(); return Interlocked.Read(ref workingSet); } }

        void Sample()
        {
            Max(ref managed, GC.GetTotalMemory(false));
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
