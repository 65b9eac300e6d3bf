using System.Globalization;
using System.Text;
using System.Text.Json;
using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Domain.Calibration;
using Ledger.Domain.Metrics;
using Ledger.Projections.Metrics;
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
public class ShadowReportCommand : JasperFxAsyncCommand<ShadowReportInput>
{
    public override async Task<bool> Execute(ShadowReportInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var now = host.Services.GetRequiredService<IClock>().GetCurrentInstant();
        var period = MetricsPeriod.Trailing(input.PeriodFlag, now);
        var window = OutcomeHistory.DefaultCorrectionWindow;
        await using var session = store.QuerySession(input.TenantFlag);
        Console.WriteLine($"shadow-report {input.TenantFlag} {period.Label}: {period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd}");

        var metrics = await MetricsWindowQuery.LoadAsync(session, period, now, default);
        Console.WriteLine($"  metrics: {metrics.Summary.PopulationN} decisions");
        var rows = await ShadowDecisions.LoadAsync(session, period.Start, period.EndAt(now), now, window, default);
        var prev = period.Previous();
        var before = await ShadowDecisions.LoadAsync(session, prev.Start, prev.EndAt(now), now, window, default);
        Console.WriteLine($"  decisions read: {rows.Count} (previous window {before.Count})");

        var outcomes = rows.Where(r => r.Correct is not null).Select(r => (r.P, r.Correct!.Value)).ToList();
        var verdict = PilotReadiness.Evaluate(new PilotInputs(metrics.Summary, metrics.JeImbalanced, outcomes, rows.Count,
            rows.Count(r => r.Reviewed || r.Posted), Drift(rows), before.Count == 0 ? null : Drift(before)),
            new PilotOptions(DriftTolerance: input.DriftToleranceFlag));

        var dir = Path.Combine(DatabaseLocation.RepositoryRoot(), "artifacts", "post_deploy");
        Directory.CreateDirectory(dir);
        string F(string kind, string ext) => Path.Combine(dir, $"{kind}_{input.TenantFlag}_{period.Label}.{ext}");
        await File.WriteAllTextAsync(F("shadow_report", "json"), JsonSerializer.Serialize(new { tenant = input.TenantFlag, period = period.Label,
            from = period.From.ToString("yyyy-MM-dd", null), to = period.To.ToString("yyyy-MM-dd", null), metrics = metrics.Summary,
            je_imbalance_count = metrics.JeImbalanced, verdict }, new JsonSerializerOptions { WriteIndented = true }));
        await File.WriteAllTextAsync(F("shadow_report", "csv"), DecisionsCsv(rows));
        await File.WriteAllTextAsync(F("shadow_reason_counts", "csv"),
            "reason,count\n" + string.Concat(metrics.Summary.Reasons.Select(r => $"{r.Key},{r.Value}\n")));
        Console.WriteLine("  charts...");
        ShadowCharts.Reliability(metrics.Summary.EceBins, F("shadow_reliability", "png"));
        ShadowCharts.Reasons(metrics.Summary.Reasons, F("shadow_reasons", "png"));
        ShadowCharts.Weekly(Weekly(rows), F("shadow_weekly", "png"));
        await File.WriteAllTextAsync(F("shadow_report", "txt"), Summary(input.TenantFlag, period, metrics, verdict));
        Console.Write(Summary(input.TenantFlag, period, metrics, verdict));
        Console.WriteLine($"wrote {dir}/*_{input.TenantFlag}_{period.Label}.*");
        return true;
    }

    static DriftWindow Drift(List<ShadowDecision> rows)
    {
        var answered = rows.Where(r => r.Correct is not null).Select(r => (r.P, r.Correct!.Value)).ToList();
        var acc = answered.Count == 0 ? 0 : (double)answered.Count(a => a.Value) / answered.Count;
        // "New vendor" = the cold-start gate refused it: the vendor had too few labels when decided.
        return new DriftWindow(acc, Ece.Compute(answered).Ece, rows.Count == 0 ? 0 : (double)rows.Count(r => r.ColdStart) / rows.Count);
    }

    static List<(string, double, double)> Weekly(List<ShadowDecision> rows) =>
        rows.GroupBy(r => r.DecidedAt.InUtc().Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday))).OrderBy(g => g.Key)
            .Select(g => (g.Key.ToString("MM-dd", null), (double)g.Count(r => r.WouldAutoPost) / g.Count(),
                g.Count(r => r.Correct is not null) == 0 ? 0 : (double)g.Count(r => r.Correct == true) / g.Count(r => r.Correct is not null))).ToList();

    static string DecisionsCsv(List<ShadowDecision> rows)
    {
        static string Q(string s) => s.Contains(',') || s.Contains('"') ? $"\"{s.Replace("\"", "\"\"")}\"" : s;
        var sb = new StringBuilder("date,description,amount,proposed_account,p,would_auto_post,final_account,correct,reasons\n");
        foreach (var r in rows)
            sb.Append(CultureInfo.InvariantCulture, $"{r.Date:yyyy-MM-dd},{Q(r.Description)},{r.Amount},{r.Proposed},{r.P:F4},{r.WouldAutoPost},{r.Final},{r.Correct},{string.Join(';', r.Reasons)}\n");
        return sb.ToString();
    }

    static string Summary(string tenant, MetricsPeriod period, MetricsWindowResult m, PilotVerdict v)
    {
        var s = m.Summary;
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Shadow report {tenant}, {period.Label} ({period.From:yyyy-MM-dd}..{period.To:yyyy-MM-dd})");
        sb.AppendLine(CultureInfo.InvariantCulture, $"decisions {s.PopulationN}, automation {s.AutomationRate:P1}, accuracy {s.Accuracy:P1} (n={s.AccuracyN}), Brier {s.Brier:F3}, ECE {s.Ece:F3}, unbalanced entries {m.JeImbalanced}");
        sb.AppendLine($"may move to: {v.MayMoveTo}");
        foreach (var c in new[] { v.P1, v.P2 }) sb.AppendLine($"{c.Stage}: {(c.Passed ? "passes" : "does not pass")}; {string.Join("; ", c.Findings)}");
        sb.AppendLine(v.RecommendedThreshold is { } t ? $"recommended auto-post threshold: {t:F3} (precision ≥ 99% above it)" : "no threshold keeps precision ≥ 99% yet");
        sb.AppendLine(v.Drift.Count == 0 ? "drift: none beyond tolerance" : "drift: " + string.Join("; ", v.Drift));
        return sb.ToString();
    }
}
