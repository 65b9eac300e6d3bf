using JasperFx.CommandLine;
using Ledger.Api.Import;

namespace Ledger.Jobs.Commands;

public class ImportInput : NetCoreInput
{
    [Description("Tenant id, e.g. beta-accounting-inc-3170a4")]
    public string TenantFlag { get; set; } = "";

    [Description("Chart code of the bank or card account, e.g. 1000")]
    public string AccountFlag { get; set; } = "";

    [Description("Statement file (OFX, QFX or CSV)")]
    public string FileFlag { get; set; } = "";

    [Description("OFX account id, when the file holds statements of several accounts")]
    public string? OfxAccountFlag { get; set; }
}

[Description("Import a bank or card statement into a tenant's account (whole or not at all)", Name = "import")]
public class ImportCommand : OperatorCommand<ImportInput>
{
    protected override async Task<bool> Run(ImportInput input)
    {
        using var host = input.BuildHost();
        await RequireTenantAsync(host, input.TenantFlag);
        var importer = host.Services.GetRequiredService<StatementImporter>();
        await using var file = File.OpenRead(input.FileFlag);
        // Checked in one pass and written in a second: the bar runs over twice the file.
        var r = await ProgressDisplay.RunAsync($"Importing {Path.GetFileName(input.FileFlag)}", 2.0 * file.Length, progress =>
            importer.ImportAsync(new ImportRequest(input.TenantFlag, input.AccountFlag, Path.GetFileName(input.FileFlag), file, "cli", input.OfxAccountFlag,
                progress), CancellationToken.None));
        Console.WriteLine($"{r.File}: {r.Format}, imported {r.Imported}, duplicates {r.Duplicates}, reused FITIDs {r.FitIdReused}, {r.From:uuuu-MM-dd}..{r.To:uuuu-MM-dd}" +
            (r.LedgerBalance is null ? "" : $", ledger balance {r.LedgerBalance}") + $", transfers detected {r.TransfersDetected}");
        foreach (var note in r.Skipped) Console.WriteLine($"  skipped: {note}");
        return true;
    }
}
