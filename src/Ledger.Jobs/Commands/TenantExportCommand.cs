using JasperFx.CommandLine;
using Ledger.Api.Operations;
using Npgsql;

namespace Ledger.Jobs.Commands;

public class TenantExportInput : NetCoreInput
{
    [Description("The tenant id")]
    public string TenantFlag { get; set; } = "";

    [Description("The zip to write (default <tenant>-export.zip)")]
    public string? OutFlag { get; set; }
}

[Description("Export every event, document and QBO file of one tenant into a zip readable without this software", Name = "tenant-export")]
public class TenantExportCommand : OperatorCommand<TenantExportInput>
{
    protected override async Task<bool> Run(TenantExportInput input)
    {
        if (input.TenantFlag == "") { Console.Error.WriteLine("tenant-export needs --tenant <id>"); return false; }
        using var host = input.BuildHost();
        var path = Path.GetFullPath(input.OutFlag ?? $"{input.TenantFlag}-export.zip");
        await using var file = File.Create(path);
        var (events, documents, exports) = await TenantArchive.WriteAsync(host.Services.GetRequiredService<Marten.IDocumentStore>(), input.TenantFlag, file, CancellationToken.None);
        Console.WriteLine($"Tenant {input.TenantFlag}: {events:N0} events, {documents:N0} documents, {exports} QBO files written to {path}");
        return events > 0;
    }
}
