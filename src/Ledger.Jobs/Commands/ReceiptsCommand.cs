using JasperFx.CommandLine;
using Ledger.Api.Receipts;
using Ledger.Domain.Receipts.Reading;
using Marten;
using Microsoft.Extensions.Configuration;
using NodaTime;
using Spectre.Console;

namespace Ledger.Jobs.Commands;

public class ReceiptsInput : NetCoreInput
{
    [Description("What to do: import")]
    public string Action { get; set; } = "";

    [Description("Tenant id, e.g. beta-accounting-inc-3170a4")]
    public string TenantFlag { get; set; } = "";

    [Description("One receipt file (PDF, .eml, image, expense export CSV/JSON, or a zip of them)")]
    public string? FileFlag { get; set; }

    [Description("A folder of receipt files (not searched below)")]
    public string? DirFlag { get; set; }
}

/// <summary>
/// Receipts from disk, each file taken whole or refused with its reason; the same file twice is one receipt, so a folder can
/// be imported again after more receipts were added to it.
/// </summary>
[Description("Import receipts for a tenant: receipts import --tenant <id> --file <f> | --dir <folder>", Name = "receipts")]
public class ReceiptsCommand : OperatorCommand<ReceiptsInput>
{
    protected override async Task<bool> Run(ReceiptsInput input)
    {
        if (input.Action != "import" || input.TenantFlag == "" || (input.FileFlag is null) == (input.DirFlag is null))
        {
            Console.Error.WriteLine("usage: receipts import --tenant <id> --file <receipt> | --dir <folder>");
            return false;
        }
        var files = input.FileFlag is { } f ? [f] : Directory.GetFiles(input.DirFlag!).Where(p => !Path.GetFileName(p).StartsWith('.')).Order().ToArray();
        using var host = input.BuildHost();
        await RequireTenantAsync(host, input.TenantFlag);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var limits = ReceiptLimits.From(host.Services.GetRequiredService<IConfiguration>());
        var clock = host.Services.GetRequiredService<IClock>();
        int received = 0, duplicates = 0, matched = 0;
        var refused = new List<string>();
        await AnsiConsole.Progress().StartAsync(async progress =>
        {
            var bar = progress.AddTask("receipts", maxValue: files.Length);
            foreach (var path in files)
            {
                try
                {
                    var r = await ReceiptIntake.TakeAsync(store, input.TenantFlag, [new ReceiptUpload(Path.GetFileName(path), await File.ReadAllBytesAsync(path))],
                        limits, null, "cli", "cli", clock.GetCurrentInstant(), CancellationToken.None);
                    (received, duplicates, matched) = (received + r.Received, duplicates + r.Duplicates, matched + r.Matched);
                }
                catch (ReceiptRefusedException e)
                {
                    refused.Add(e.Message);
                }
                bar.Increment(1);
            }
        });
        Console.WriteLine($"{files.Length} files: {received} receipts received, {duplicates} already held, {matched} matched to a transaction, {refused.Count} refused");
        foreach (var reason in refused) Console.Error.WriteLine($"  refused: {reason}");
        return refused.Count == 0;
    }
}
