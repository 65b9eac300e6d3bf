namespace Ledger.Integration.Tests.Import;

public class ImportCommandTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task The_cli_imports_a_statement_and_a_rerun_adds_nothing()
    {
        var t = await app.OnboardAsync("Cli Import Co");
        string[] args = ["import", "--tenant", t.TenantId, "--account", "1000", "--file", Fixtures.Path("ofx/ofxparse_checking.ofx")];

        var first = await JobsCli.RunAsync(app.ConnectionString, args);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("imported 3, duplicates 0", first.Output);
        var second = await JobsCli.RunAsync(app.ConnectionString, args);
        Assert.Contains("imported 0, duplicates 3", second.Output);

        // The running API sees what the CLI imported.
        await app.CatchUpAsync();
        var imports = await (await app.Client(t.AdminToken).GetAsync("/api/imports")).Body();
        Assert.Equal(2, imports.GetArrayLength());
    }

    [Fact]
    public async Task The_cli_refuses_a_bad_file_naming_the_transaction_and_field()
    {
        var t = await app.OnboardAsync("Cli Refused Co");
        var (code, output) = await JobsCli.RunAsync(app.ConnectionString,
            "import", "--tenant", t.TenantId, "--account", "1000", "--file", Fixtures.Path("ofx/ofxparse_date_missing.ofx"));
        Assert.NotEqual(0, code);
        Assert.Contains("refused, nothing imported", output);
        Assert.Contains("DTPOSTED", output);
        Assert.Equal(2, await app.EventCountAsync(t.TenantId));
    }
}
