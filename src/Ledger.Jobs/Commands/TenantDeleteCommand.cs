using JasperFx.CommandLine;
using Ledger.Api.Operations;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Jobs.Commands;

public class TenantDeleteInput : NetCoreInput
{
    [Description("The tenant id")]
    public string TenantFlag { get; set; } = "";

    [Description("Really delete; without it the command only prints what it would delete")]
    public bool ConfirmFlag { get; set; }

    [Description("Who erases (recorded in the tombstone)")]
    public string ByFlag { get; set; } = Environment.UserName;
}

/// <summary>Irreversible, so the default is a dry run: take a tenant-export first, then repeat with --confirm.</summary>
[Description("Erase every event, document, token, model, envelope and file of one tenant, leaving a TenantErased tombstone", Name = "tenant-delete")]
public class TenantDeleteCommand : OperatorCommand<TenantDeleteInput>
{
    protected override async Task<bool> Run(TenantDeleteInput input)
    {
        if (input.TenantFlag == "") { Console.Error.WriteLine("tenant-delete needs --tenant <id>"); return false; }
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var plan = input.ConfirmFlag
            ? await TenantErasure.EraseAsync(store, input.TenantFlag, input.ByFlag, host.Services.GetRequiredService<IClock>().GetCurrentInstant(), CancellationToken.None)
            : await TenantErasure.PlanAsync(store, input.TenantFlag, CancellationToken.None);
        Console.WriteLine($"{(input.ConfirmFlag ? "Deleted" : "Would delete")} for tenant {plan.TenantId}:");
        foreach (var (table, rows) in plan.Rows.Where(r => r.Value > 0)) Console.WriteLine($"  {table,-36} {rows,10:N0} rows");
        Console.WriteLine($"  {"wolverine envelopes",-36} {plan.Envelopes,10:N0}");
        if (plan.Kits.Count == 0) Console.WriteLine($"  {"onboarding kit",-36} (none recorded; a kit written before kits were recorded is not found)");
        foreach (var kit in plan.Kits)
            Console.WriteLine($"  {"onboarding kit",-36} {kit.Folder}: " + (kit.ThisDatabase
                ? (kit.Existed ? $"{string.Join(", ", kit.Files)}{(input.ConfirmFlag ? " deleted" : "")}" : "already gone")
                : $"left alone: recorded for database {kit.RecordedFor}, not this one (a restored copy?)"));
        if (!input.ConfirmFlag) Console.WriteLine("Nothing was deleted. Run again with --confirm to erase (irreversible; take a tenant-export first).");
        return true;
    }
}
