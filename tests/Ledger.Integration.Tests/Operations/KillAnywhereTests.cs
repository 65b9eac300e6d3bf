using System.Text.RegularExpressions;
using Ledger.Jobs.Commands.Kill;

namespace Ledger.Integration.Tests.Operations;

/// <summary>
/// Issue #16, part 2, the CI run: the built API as a child process on its own database, SIGKILLed once in each phase
/// (import, decide, approve, bulk approve, export, rebuild), restarted each time; everything it acknowledged is there exactly
/// once and the read models equal a rebuild. The long run is the jobs command kill-anywhere.
/// </summary>
public class KillAnywhereTests
{
    [Fact]
    public async Task The_api_killed_in_every_phase_keeps_every_acknowledgement_exactly_once()
    {
        var db = await TestCluster.CreateDatabaseAsync("kill");
        var token = await JobsCli.RunAsync(db, "operator-token", "--name", "kill-anywhere");
        Assert.True(token.ExitCode == 0, token.Output);
        var log = Path.Combine(Path.GetTempPath(), $"kill-anywhere-{Guid.NewGuid():N}.log");
        var harness = new KillHarness(db, Regex.Match(token.Output, @"shown once\): (\S+)").Groups[1].Value, AppContext.BaseDirectory, log, seed: 16, _ => { });

        var report = await harness.RunAsync(kills: 6, CancellationToken.None);

        var tail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).Where(l => l.Contains("ERR") || l.Contains("FTL")).TakeLast(20)) : "";
        Assert.True(report.Problems.Count == 0, report.Line() + "\n" + string.Join('\n', report.Problems) + "\nAPI errors:\n" + tail);
        Assert.True(report.Ledger.Files.Count(f => f.ImportId is not null) >= 3 && report.Ledger.Approved.Count > 0 && report.Ledger.ExportBatches.Count > 0, report.Line());
        File.Delete(log);
    }
}
