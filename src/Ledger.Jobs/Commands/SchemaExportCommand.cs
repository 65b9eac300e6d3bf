using JasperFx.CommandLine;
using Ledger.Api.Hosting;

namespace Ledger.Jobs.Commands;

public class SchemaExportInput : NetCoreInput
{
    [Description("Only compare with the checked-in files; exit non-zero when they differ")]
    public bool CheckFlag { get; set; }
}

[Description("Write the schema SQL generated from the Marten and Wolverine model to eventstore-migrations/", Name = "schema-export")]
public class SchemaExportCommand : OperatorCommand<SchemaExportInput>
{
    protected override async Task<bool> Run(SchemaExportInput input)
    {
        using var host = input.BuildHost();
        var scripts = await SchemaScripts.GenerateAsync(host.Services);
        Directory.CreateDirectory(SchemaScripts.Folder);
        var same = true;
        foreach (var (file, sql) in scripts)
        {
            var path = Path.Combine(SchemaScripts.Folder, file);
            var current = File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
            if (current == sql) { Console.WriteLine($"{file}: up to date"); continue; }
            same = false;
            if (input.CheckFlag) { Console.WriteLine($"{file}: DIFFERS from the model"); continue; }
            await File.WriteAllTextAsync(path, sql);
            Console.WriteLine($"{file}: written");
        }
        return same || !input.CheckFlag;
    }
}
