using Ledger.Jobs;

namespace Ledger.Integration.Tests.Import;

public class ImportCommandTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task The_cli_imports_a_statement_and_a_rerun_adds_nothing()
    {
        var t = await app.OnboardAsync("Cli Import Co");
        string[] args = ["import", "--tenant", t.TenantId, "--account", "1000", "--file", Fixtures.Path("ofx/ofxparse_checking.ofx")];

        Assert.Equal(0, await JobsProgram.RunAsync(args, app.ConnectionString));
        Assert.Equal(0, await JobsProgram.RunAsync(args, app.ConnectionString));

        await app.CatchUpAsync();
        var imports = await (await app.Client(t.AdminToken).GetAsync("/api/imports")).Body();
        Assert.Equal(2, imports.GetArrayLength());
        Assert.Equal(3, imports.EnumerateArray().Sum(i => i.GetProperty("imported").GetInt32()));
        Assert.Equal(3, imports.EnumerateArray().Sum(i => i.GetProperty("duplicates").GetInt32()));
    }

    [Fact]
    public async Task The_cli_refuses_a_bad_file_with_a_non_zero_exit()
    {
        var t = await app.OnboardAsync("Cli Refused Co");
        var code = await JobsProgram.RunAsync(["import", "--tenant", t.TenantId, "--account", "1000", "--file", Fixtures.Path("ofx/ofxparse_date_missing.ofx")], app.ConnectionString);
        Assert.NotEqual(0, code);
        Assert.Equal(2, await app.EventCountAsync(t.TenantId));
    }
}
