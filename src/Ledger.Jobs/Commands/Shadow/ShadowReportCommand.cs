using JasperFx.CommandLine;
using Ledger.Jobs.Commands;
using Ledger.Api.Hosting;
using Ledger.Domain.Metrics;
using Marten;
using NodaTime;

namespace Ledger.Jobs.Commands.Shadow;

public class ShadowReportInput : NetCoreInput
{
    [Description("Tenant id")] public string TenantFlag { get; set; } = "";
    [Description("7d, 30d or 180d")] public string PeriodFlag { get; set; } = "30d";
    [Description("Drift tolerance (absolute, e.g. 0.05)")] public double DriftToleranceFlag { get; set; } = 0.05;
}

/// <summary>Shadow-mode evidence for one tenant: metrics, pilot verdict, per-decision CSV, reason counts, charts, summary.</summary>
[Description("Write the shadow report of a tenant to artifacts/post_deploy/", Name = "shadow-report")]
public class ShadowReportCommand : OperatorCommand<ShadowReportInput>
{
    protected override async Task<bool> Run(ShadowReportInput input)
    {
        using var host = input.BuildHost();
        await RequireTenantAsync(host, input.TenantFlag);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var now = host.Services.GetRequiredService<IClock>().GetCurrentInstant();
        var dir = Path.Combine(DatabaseLocation.RepositoryRoot(), "artifacts", "post_deploy");
        var settings = host.Services.GetRequiredService<Ledger.Projections.Metrics.MetricsSettings>();
        var report = await ProgressDisplay.StatusAsync("Computing metrics, CSVs and charts ...", () =>
            ShadowReport.WriteAsync(store, input.TenantFlag, input.PeriodFlag, now, dir, input.DriftToleranceFlag, Console.Out, default, settings.CorrectionWindow));
        Console.Write(report.Summary);
        Console.WriteLine($"wrote {dir}/*_{input.TenantFlag}_{report.Period.Label}.*");
        return true;
    }
}
