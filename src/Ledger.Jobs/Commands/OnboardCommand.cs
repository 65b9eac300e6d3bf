using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Api.Operations;
using Marten;
using Npgsql;
using Ledger.Api.Tenants;
using Wolverine;

namespace Ledger.Jobs.Commands;

public class OnboardInput : NetCoreInput
{
    [Description("Template: starter, pro or firm")]
    public string TemplateFlag { get; set; } = "starter";

    [Description("The client's name, e.g. \"Beta Accounting Inc\"")]
    public string TenantFlag { get; set; } = "";

    [Description("ISO 4217 code the books are kept in (default USD); statements in another currency are refused")]
    public string? CurrencyFlag { get; set; }

    [Description("User name of the tenant's first admin")]
    public string AdminFlag { get; set; } = "admin";

    [Description("Folder for the onboarding kit (default artifacts/onboarding/<tenant id>); recorded, so tenant-delete finds it")]
    public string? OutFlag { get; set; }

    [Description("Who onboards (recorded with the kit)")]
    public string ByFlag { get; set; } = Environment.UserName;
}

[Description("Onboard a client tenant from a template and write its onboarding kit", Name = "onboard")]
public class OnboardCommand : OperatorCommand<OnboardInput>
{
    protected override async Task<bool> Run(OnboardInput input)
    {
        using var host = input.BuildHost();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IMessageBus>();
        var r = await bus.InvokeAsync<TenantOnboardedResponse>(new OnboardTenant(input.TenantFlag, input.TemplateFlag, input.AdminFlag, "cli", input.CurrencyFlag));
        var folder = await OnboardingKits.WriteAsync(host.Services.GetRequiredService<IDocumentStore>(), host.Services.GetRequiredService<NpgsqlDataSource>(),
            r.TenantId, input.OutFlag ?? Path.Combine(DatabaseLocation.RepositoryRoot(), "artifacts", "onboarding", r.TenantId), r.Kit.ConfigJson,
            r.Kit.EnvSnippet, input.ByFlag, host.Services.GetRequiredService<NodaTime.IClock>().GetCurrentInstant(), CancellationToken.None);
        Console.WriteLine($"Onboarded {r.Name} as {r.TenantId} (template {r.Template}, chart {r.ChartName}, {r.AccountCount} accounts, books kept in {r.Limits.BooksCurrency}).");
        Console.WriteLine($"Auto-posting is OFF until an operator enables it. Threshold {r.Limits.AutopostThreshold}, cold start {r.Limits.ColdStartMinLabels} labels, LLM cap ${r.Limits.LlmMonthlyCapUsd}/month.");
        Console.WriteLine($"Admin token for {r.AdminUser} (shown once): {r.AdminToken}");
        Console.WriteLine($"Onboarding kit: {folder}/tenant.json, {folder}/tenant.env");
        await host.StopAsync();
        return true;
    }
}
