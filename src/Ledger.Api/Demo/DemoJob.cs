using System.Diagnostics;
using Ledger.Api.Categorization;
using Ledger.Api.Hosting;
using Ledger.Api.Import;
using Ledger.Api.Tenants;
using Ledger.Domain.Decisions;
using Ledger.Domain.Demo;
using Ledger.Domain.Statements;
using Ledger.Domain.Tenants;
using Ledger.Projections.Categorization;
using Ledger.Projections.Journal;
using Ledger.Projections.Review;
using Ledger.Projections.Tenants;
using Ledger.Projections.Transactions;
using Marten;
using NodaTime;
using Wolverine;
using Coordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Ledger.Api.Demo;

/// <summary>
/// The product's main job on a demo client: onboard, bring the labelled history, train, import the new months (OFX and
/// CSV), let the pipeline decide every transaction, and summarise. Run again, it reuses the data and imports nothing twice.
/// </summary>
public sealed class DemoJob(IServiceProvider services)
{
    public const string TenantName = "Demo Bookkeeping Co";

    public async Task<(string TenantId, string? NewAdminToken)> RunAsync(TextWriter output, CancellationToken ct)
    {
        var store = services.GetRequiredService<IDocumentStore>();
        var clock = services.GetRequiredService<IClock>();
        await using var query = store.QuerySession();
        var tenant = await query.Query<Tenant>().Where(x => x.AnyTenant() && x.Name == TenantName).FirstOrDefaultAsync(ct);
        string? token = null;
        if (tenant is null)
        {
            using var scope = services.CreateScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            var onboarded = await bus.InvokeAsync<TenantOnboardedResponse>(new OnboardTenant(TenantName, "starter", "demo-admin", "demo"), ct);
            token = onboarded.AdminToken;
            output.WriteLine($"Onboarded {TenantName} as {onboarded.TenantId} (starter chart; auto-posting off: shadow mode).");
            await using var session = store.LightweightSession(onboarded.TenantId);
            foreach (var account in DemoSamples.ExtraAccounts)
                session.Events.Append(onboarded.TenantId, new ChartAccountAdded(onboarded.TenantId, account, "demo", clock.GetCurrentInstant()));
            await session.SaveChangesAsync(ct);   // the label import checks the chart, so the accounts must be there first
            var files = SampleFiles();
            using var history = new StringReader(files["labelled-history-2024q1.csv"]);
            var labels = await ImportLabels.RunAsync(session, "labelled-history-2024q1.csv", history, DemoSamples.CheckingCode, "demo", clock.GetCurrentInstant(), ct);
            await session.SaveChangesAsync(ct);
            output.WriteLine($"Labelled history: {labels.Labels} transactions of {labels.Vendors} vendors.");
            var model = await bus.InvokeForTenantAsync<ModelTrainedResponse>(onboarded.TenantId, new TrainModel("demo"));
            output.WriteLine($"Trained model {model.Version} on {model.SampleCount} labels (hold-out accuracy {model.HoldoutAccuracy:P1}, {model.TrainingSeconds:0.0} s).");
            tenant = new Tenant { Id = onboarded.TenantId, Name = TenantName };
        }

        var importer = services.GetRequiredService<StatementImporter>();
        var imported = 0;
        foreach (var (file, account) in new[] { ("checking-2024q2.ofx", DemoSamples.CheckingCode), ("card-2024q2.csv", DemoSamples.CardCode) })
        {
            await using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SampleFiles()[file]));
            var r = await importer.ImportAsync(new ImportRequest(tenant.Id, account, file, content, "demo"), ct);
            imported += r.Imported;
            output.WriteLine($"{file} → {account}: imported {r.Imported}, duplicates {r.Duplicates}, transfers paired {r.TransfersDetected}.");
        }
        await WaitForDecisionsAsync(store, tenant.Id, output, ct);
        await TakeReceiptsAsync(store, tenant.Id, output, ct);
        await services.GetRequiredService<Coordinator>().DaemonForMainDatabase().WaitForNonStaleData(TimeSpan.FromSeconds(60));
        await SummariseAsync(store, tenant.Id, output, ct);
        return (tenant.Id, token);
    }

    static IReadOnlyDictionary<string, string> SampleFiles()
    {
        var folder = Path.Combine(DatabaseLocation.RepositoryRoot(), "samples", "demo");
        var generated = DemoSamples.Files();
        return Directory.Exists(folder)
            ? generated.Keys.ToDictionary(k => k, k => File.Exists(Path.Combine(folder, k)) ? File.ReadAllText(Path.Combine(folder, k)) : generated[k])
            : generated;
    }

    /// <summary>The demo's receipts (samples/demo/receipts, or generated): matched to the card lines they support.</summary>
    async Task TakeReceiptsAsync(IDocumentStore store, string tenantId, TextWriter output, CancellationToken ct)
    {
        var folder = Path.Combine(DatabaseLocation.RepositoryRoot(), "samples", "demo", DemoReceipts.Folder);
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder).Order().Select(f => new Ledger.Api.Receipts.ReceiptUpload(Path.GetFileName(f), File.ReadAllBytes(f))).ToList()
            : DemoReceipts.Files().Select(f => new Ledger.Api.Receipts.ReceiptUpload(f.Key, f.Value)).ToList();
        var limits = Ledger.Api.Receipts.ReceiptLimits.From(services.GetRequiredService<IConfiguration>());
        var r = await Ledger.Api.Receipts.ReceiptIntake.TakeAsync(store, tenantId, files, limits, null, "demo", "demo",
            services.GetRequiredService<IClock>().GetCurrentInstant(), ct);
        var unmatched = r.Receipts.Where(i => i.Receipt.Status != "matched").Select(i => i.FileName).Distinct().ToList();
        output.WriteLine($"Receipts: {r.Received} received, {r.Duplicates} already held; {r.Receipts.Count(i => i.Receipt.Status == "matched")} of {r.Receipts.Count} " +
            $"matched to a card line{(unmatched.Count == 0 ? "" : $" (unmatched: {string.Join(", ", unmatched)})")}.");
    }

    static async Task WaitForDecisionsAsync(IDocumentStore store, string tenantId, TextWriter output, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var shown = TimeSpan.Zero;
        int total, decided;
        do
        {
            await using var s = store.QuerySession(tenantId);
            total = await s.Events.QueryRawEventDataOnly<TransactionImported>().CountAsync(ct);
            decided = await s.Events.QueryRawEventDataOnly<GateEvaluated>().CountAsync(ct);
            if (decided >= total) break;
            // A line every 10 s at most: a large backlog must not flood the console.
            if (clock.Elapsed - shown >= TimeSpan.FromSeconds(10)) { output.WriteLine($"  deciding... {decided}/{total}"); shown = clock.Elapsed; }
            await Task.Delay(500, ct);
        } while (clock.Elapsed < TimeSpan.FromMinutes(5));
        output.WriteLine($"Decided {decided} of {total} transactions in {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    static async Task SummariseAsync(IDocumentStore store, string tenantId, TextWriter output, CancellationToken ct)
    {
        await using var s = store.QuerySession(tenantId);
        var gates = await s.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync(ct);
        var queue = await s.Query<ReviewQueueItem>().ToListAsync(ct);
        var tb = await s.LoadAsync<TrialBalance>(TrialBalance.Key, ct);
        output.WriteLine($"Auto-posted: {gates.Count(g => g.Decision.AutoPost)}; would auto-post in shadow: {gates.Count(g => g.Decision.WouldAutoPost)} of {gates.Count} ({(gates.Count == 0 ? 0 : gates.Count(g => g.Decision.WouldAutoPost) * 100.0 / gates.Count):0.0}%).");
        output.WriteLine($"Review queue: {queue.Count}; by reason: " + string.Join(", ",
            queue.SelectMany(q => q.Reasons).GroupBy(r => r).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));
        output.WriteLine(tb is null
            ? "Trial balance: no entries posted yet (shadow mode); 0.00 = 0.00, balanced."
            : $"Trial balance: debits {tb.TotalDebits:N2} = credits {tb.TotalCredits:N2}: {(tb.Balanced ? "balanced" : "NOT BALANCED")}.");
    }
}
