using System.Globalization;
using System.Text.Json;
using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Domain;
using Ledger.Domain.Decisions.WhatIf;
using Ledger.Projections.Metrics;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Jobs.Commands;

public class WhatIfInput : NetCoreInput
{
    [Description("Tenant id")] public string TenantFlag { get; set; } = "";
    [Description("Proposed auto-post threshold (default: the one in force)")] public double? ThresholdFlag { get; set; }
    [Description("Proposed cold-start minimum of labels (default: the one in force)")] public int? ColdStartMinLabelsFlag { get; set; }
    [Description("First day of decisions, yyyy-MM-dd (default: 89 days before --to)")] public string? FromFlag { get; set; }
    [Description("Last day of decisions, yyyy-MM-dd (default: today, UTC)")] public string? ToFlag { get; set; }
    [Description("Also write the whole answer (curve included) as JSON to this file")] public string? JsonFlag { get; set; }
}

/// <summary>The policy what-if of GET /api/policy/what-if on the command line: the same query, no web endpoint.</summary>
[Description("Replay a tenant's recorded decisions under a proposed threshold / cold-start minimum, beside the policy in force", Name = "what-if")]
public class WhatIfCommand : OperatorCommand<WhatIfInput>
{
    protected override async Task<bool> Run(WhatIfInput input)
    {
        using var host = input.BuildHost();
        await RequireTenantAsync(host, input.TenantFlag);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var now = host.Services.GetRequiredService<IClock>().GetCurrentInstant();
        var settings = host.Services.GetRequiredService<MetricsSettings>();
        try
        {
            var to = Date(input.ToFlag, "--to") ?? now.InUtc().Date;
            var from = Date(input.FromFlag, "--from") ?? to.PlusDays(-89);
            await using var session = store.QuerySession(input.TenantFlag);
            var answer = await PolicyWhatIfQuery.RunAsync(session, new PolicyWhatIfRequest(input.ThresholdFlag, input.ColdStartMinLabelsFlag, from, to),
                now, settings.CorrectionWindow, default);
            Console.Write(Print(answer));
            if (input.JsonFlag is { } path)
            {
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(answer, new JsonSerializerOptions { WriteIndented = true }));
                Console.WriteLine($"wrote {path}");
            }
            return true;
        }
        catch (DomainException e)
        {
            Console.Error.WriteLine(e.Message);
            return false;
        }
    }

    static LocalDate? Date(string? text, string name) => text is null ? null
        : LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } r ? r.Value : throw new DomainException($"{name} must be a date like 2026-11-30 (got '{text}').");

    public static string Print(PolicyWhatIfAnswer a)
    {
        var w = new StringWriter(CultureInfo.InvariantCulture);
        w.WriteLine($"what-if {a.Tenant}, decisions {a.From:yyyy-MM-dd}..{a.To:yyyy-MM-dd}");
        w.WriteLine($"{"",-32} {"proposed",30} {"in force",30}");
        void Row(string name, Func<PolicyFigures, string> f) => w.WriteLine($"{name,-32} {f(a.Result.Proposed),30} {f(a.Result.InForce),30}");
        Row("threshold / cold start", f => $"{f.Threshold:0.00} / {f.ColdStartMinLabels}");
        Row("decisions", f => $"{f.Decisions}");
        Row("would auto-post", f => $"{f.Posts} ({f.Automation:P1})");
        Row("of them answered / wrong", f => $"{f.PostsAnswered} / {f.Wrong}");
        Row("precision (95% interval)", f => f.Precision is { } p ? $"{p:P1} [{f.PrecisionLow:P1}, {f.PrecisionHigh:P1}]" : "no answer yet");
        Row("accuracy, all answered", f => f.Accuracy is { } x ? $"{x:P1} of {f.Answered}" : "no answer yet");
        foreach (var reason in a.Result.Proposed.Reasons.Keys.Union(a.Result.InForce.Reasons.Keys))
            Row($"  not posted: {reason}", f => $"{f.Reasons.GetValueOrDefault(reason)}");
        w.WriteLine($"wrong posts (proposed): {(a.Result.Proposed.WrongPosts.Count == 0 ? "none" : string.Join(", ", a.Result.Proposed.WrongPosts.Take(20)))}");
        return w.ToString();
    }
}
