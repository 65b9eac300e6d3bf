using Ledger.Api.Hosting;

namespace Ledger.Integration.Tests.Jobs;

/// <summary>An operator's mistakes get one line that says what to do, a non-zero exit, and never a stack trace.</summary>
public class OperatorErrorsTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static void AssertOneLine(int code, string output, string expected)
    {
        Assert.True(code != 0, output);
        var line = Assert.Single(Lines(output));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Searching '", output);
    }

    [Fact]
    public async Task Verify_of_an_unknown_tenant_or_of_none_fails_instead_of_reporting_no_mismatches()
    {
        var t = await app.OnboardAsync("Verify Known Co");

        var unknown = await JobsCli.RunAsync(app.ConnectionString, "verify", "--tenant", "no-such-tenant-123456");
        AssertOneLine(unknown.ExitCode, unknown.Output, "Unknown tenant 'no-such-tenant-123456'");
        Assert.Contains(t.TenantId, unknown.Output);   // names the tenants that do exist
        Assert.DoesNotContain("0 mismatches", unknown.Output);

        var none = await JobsCli.RunAsync(app.ConnectionString, "verify");
        AssertOneLine(none.ExitCode, none.Output, "--tenant <id> is required");

        var known = await JobsCli.RunAsync(app.ConnectionString, "verify", "--tenant", t.TenantId);
        Assert.True(known.ExitCode == 0, known.Output);
        Assert.Contains("0 gate decisions replayed, 0 mismatches", known.Output);
    }

    [Fact]
    public async Task Train_with_labels_naming_accounts_the_chart_lacks_names_them_and_accounts_add_adds_one()
    {
        var t = await app.OnboardAsync("Starter With Demo Labels Co");
        var labels = Path.Combine(DatabaseLocation.RepositoryRoot(), "samples", "demo", "labelled-history-2024q1.csv");

        var refused = await JobsCli.RunAsync(app.ConnectionString, "train", "--tenant", t.TenantId, "--labels", labels);
        AssertOneLine(refused.ExitCode, refused.Output, "account code(s) are not in the chart");
        Assert.Contains("accounts add --tenant", refused.Output);
        // The demo's history books to eight accounts the starter chart lacks; each is named once.
        var missing = new[] { "1500", "4900", "6600", "6700", "6750", "6800", "6900", "6950" };
        Assert.All(missing, code => Assert.Contains($" {code} (", refused.Output));
        Assert.Contains("8 account code(s)", refused.Output);

        var added = await JobsCli.RunAsync(app.ConnectionString, "accounts", "add", "--tenant", t.TenantId, "--code", "6600",
            "--name", "Software Subscriptions", "--type", "Expense");
        Assert.True(added.ExitCode == 0, added.Output);
        Assert.Contains("Added 6600 Software Subscriptions (Expense)", added.Output);
        var again = await JobsCli.RunAsync(app.ConnectionString, "train", "--tenant", t.TenantId, "--labels", labels);
        AssertOneLine(again.ExitCode, again.Output, "7 account code(s)");
        Assert.DoesNotContain(" 6600 (", again.Output);

        var badType = await JobsCli.RunAsync(app.ConnectionString, "accounts", "add", "--tenant", t.TenantId, "--code", "6601", "--name", "X", "--type", "3");
        AssertOneLine(badType.ExitCode, badType.Output, "Account type '3' is not one of");
    }

    [Fact]
    public async Task A_missing_file_and_an_unknown_bank_account_are_one_line_each()
    {
        var t = await app.OnboardAsync("Cli Mistakes Co");
        var file = await JobsCli.RunAsync(app.ConnectionString, "import", "--tenant", t.TenantId, "--account", "1000", "--file", "/nonexistent/statement.ofx");
        AssertOneLine(file.ExitCode, file.Output, "/nonexistent/statement.ofx");

        var account = await JobsCli.RunAsync(app.ConnectionString, "import", "--tenant", t.TenantId, "--account", "9999",
            "--file", Fixtures.Path("ofx/ofxparse_checking.ofx"));
        AssertOneLine(account.ExitCode, account.Output, "Bank account '9999' is not an asset or liability account");
    }
}
