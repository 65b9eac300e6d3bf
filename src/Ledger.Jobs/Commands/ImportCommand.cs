using JasperFx.CommandLine;
using Ledger.Api.Import;
using Ledger.Domain;
using Ledger.Domain.Statements;

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
public class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    public override async Task<bool> Execute(ImportInput input)
    {
        using var host = input.BuildHost();
        var importer = host.Services.GetRequiredService<StatementImporter>();
        try
        {
            await using var file = File.OpenRead(input.FileFlag);
            var r = await importer.ImportAsync(new ImportRequest(input.TenantFlag, input.AccountFlag, Path.GetFileName(input.FileFlag), file, "cli",
                input.OfxAccountFlag), CancellationToken.None);
            Console.WriteLine($"{r.File}: {r.Format}, imported {r.Imported}, duplicates {r.Duplicates}, reused FITIDs {r.FitIdReused}, {r.From:uuuu-MM-dd}..{r.To:uuuu-MM-dd}" +
                (r.LedgerBalance is null ? "" : $", ledger balance {r.LedgerBalance}") + $", transfers detected {r.TransfersDetected}");
            foreach (var note in r.Skipped) Console.WriteLine($"  skipped: {note}");
            return true;
        }
        catch (StatementFormatException e)
        {
            Console.Error.WriteLine($"{input.FileFlag} refused, nothing imported:");
            foreach (var error in e.Errors) Console.Error.WriteLine($"  {error.File}:{error.Line} {error.Field}: {error.Message}");
            return false;
        }
        catch (DomainException e)
        {
            Console.Error.WriteLine($"{input.FileFlag} refused, nothing imported: {e.Message}");
            return false;
        }
    }
}
