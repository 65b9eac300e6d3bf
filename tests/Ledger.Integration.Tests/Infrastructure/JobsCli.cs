using System.Diagnostics;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>Runs the real Ledger.Jobs program as its own process against the test database, as an operator would.</summary>
public static class JobsCli
{
    public static Task<(int ExitCode, string Output)> RunAsync(string connectionString, params string[] args) =>
        RunAsync(connectionString, TimeSpan.FromSeconds(90), args);

    public static async Task<(int ExitCode, string Output)> RunAsync(string connectionString, TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ledger.Jobs.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["ConnectionStrings__Ledger"] = connectionString;
        psi.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Decisions a command makes log to this machine's temp folder, not to the checkout's .ledger/logs.
        psi.Environment["Ledger__AuditLog__Folder"] = Path.Combine(Path.GetTempPath(), "ledger-test-cli-audit");
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
