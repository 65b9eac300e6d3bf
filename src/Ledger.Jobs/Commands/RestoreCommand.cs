using JasperFx.CommandLine;
using Ledger.Api.Operations;
using Npgsql;

namespace Ledger.Jobs.Commands;

public class RestoreInput : NetCoreInput
{
    [Description("The dump file written by `backup`")]
    public string FileFlag { get; set; } = "";

    [Description("Name of the NEW database to create on the same server (an existing database is never overwritten)")]
    public string IntoFlag { get; set; } = "";
}

/// <summary>
/// Restores into a new database beside the live one, so the operator can check it (rebuild, db-assert) before
/// switching ConnectionStrings__Ledger over. The decision pipeline keeps its progress in the dump, so nothing is re-decided.
/// </summary>
[Description("Create a new database on the configured server and pg_restore a backup into it", Name = "restore")]
public class RestoreCommand : OperatorCommand<RestoreInput>
{
    protected override async Task<bool> Run(RestoreInput input)
    {
        if (input.FileFlag == "" || input.IntoFlag == "") throw new Ledger.Domain.DomainException("restore needs --file <dump> and --into <new database>.");
        if (!File.Exists(input.FileFlag)) throw new FileNotFoundException($"No dump file {Path.GetFullPath(input.FileFlag)}.");
        using var host = input.BuildHost();
        var cs = host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Ledger:ResolvedConnectionString"]
            ?? host.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString;
        var restored = await ProgressDisplay.StatusAsync($"pg_restore into {input.IntoFlag} ...",
            () => PgTools.RestoreAsync(cs, input.FileFlag, input.IntoFlag, CancellationToken.None));
        var b = new NpgsqlConnectionStringBuilder(restored) { Password = null };
        Console.WriteLine($"Restored {input.FileFlag} into database {input.IntoFlag}. Next: ConnectionStrings__Ledger=\"{b}\" dotnet run -- rebuild");
        return true;
    }
}
