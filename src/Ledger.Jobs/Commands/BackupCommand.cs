using JasperFx.CommandLine;
using Ledger.Api.Operations;
using Npgsql;

namespace Ledger.Jobs.Commands;

public class BackupInput : NetCoreInput
{
    [Description("The dump file to write (pg_dump custom format)")]
    public string OutFlag { get; set; } = $"ledger-{NodaTime.SystemClock.Instance.GetCurrentInstant().InUtc():yyyyMMdd-HHmmss}.dump";
}

[Description("pg_dump -Fc of the ledger database named by the configured connection string", Name = "backup")]
public class BackupCommand : OperatorCommand<BackupInput>
{
    protected override async Task<bool> Run(BackupInput input)
    {
        using var host = input.BuildHost();
        var cs = host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Ledger:ResolvedConnectionString"]
            ?? host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString;
        await ProgressDisplay.StatusAsync($"pg_dump to {input.OutFlag} ...", () => PgTools.BackupAsync(cs, input.OutFlag, CancellationToken.None));
        Console.WriteLine($"Backup of database {new NpgsqlConnectionStringBuilder(cs).Database} written to {Path.GetFullPath(input.OutFlag)} ({new FileInfo(input.OutFlag).Length:N0} bytes)");
        return true;
    }
}
