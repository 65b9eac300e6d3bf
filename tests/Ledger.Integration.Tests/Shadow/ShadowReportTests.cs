using System.Text.Json;
using Ledger.Jobs.Commands.Review;
using Ledger.Jobs.Commands.Shadow;

namespace Ledger.Integration.Tests.Shadow;

/// <summary>A shadow tenant decided by the real pipeline, answered by simulated reviewers, then the report's core.</summary>
public class ShadowReportTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task The_report_writes_json_with_the_verdict_csvs_and_four_decodable_pngs_and_the_what_if_in_force_matches_it()
    {
        var t = await app.OnboardAsync("Shadow Report Co");
        var admin = app.Client(t.AdminToken);
        (await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        (await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 6);   // auto-posting is off: all six wait for a reviewer

        var truth = ReviewerSimulation.ReadTruth(new StringReader("""
            date,description,amount,account,bank_account
            2026-11-03,STAPLES 00123 SPRINGFIELD IL,-31.15,6300,1000
            2026-11-03,SQ *BLUE BOTTLE COFFEE SAN,-5.75,6200,1000
            2026-11-04,PGANDE WEB ONLINE,-131.20,6500,1000
            2026-11-05,STRIPE TRANSFER ST-Z9Q8,1200.00,4000,1000
            2026-11-05,MONTHLY SERVICE FEE,-15.00,6100,1000
            2026-11-06,ACME WIDGETS CO 555-1234,-77.00,6300,1000
            """));
        var reviews = await ReviewerSimulation.RunAsync(app.Store, t.TenantId, truth, "sim", app.Clock, default);
        Assert.Equal((6, 0, 0), (reviews.Approved + reviews.Recategorized, reviews.Unmatched, reviews.Refused));
        await app.WaitForRetrainChecksAsync();   // rules promoted from the answers land a moment after them
        await app.CatchUpAsync();

        var dir = Path.Combine(Path.GetTempPath(), "shadow-" + Guid.NewGuid().ToString("N"));
        try
        {
            var report = await ShadowReport.WriteAsync(app.Store, t.TenantId, "7d", app.Clock.GetCurrentInstant(), dir, 0.05, TextWriter.Null, default);

            Assert.Equal((6, 6), (report.Decisions, report.Answered));
            Assert.Equal(8, report.Files.Count);
            Assert.All(report.Files, f => Assert.True(File.Exists(f), f));
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report.Files.Single(f => f.EndsWith("shadow_report_" + t.TenantId + "_7d.json"))));
            var verdict = json.RootElement.GetProperty("verdict");
            Assert.Contains(verdict.GetProperty("MayMoveTo").GetString(), new[] { "shadow (stay)", "assisted", "autopost" });
            Assert.Equal(3, verdict.GetProperty("P1").GetProperty("Findings").GetArrayLength());
            Assert.Equal(6, json.RootElement.GetProperty("metrics").GetProperty("AccuracyN").GetInt32());   // the metrics saw the answers
            Assert.Equal(0, json.RootElement.GetProperty("metrics_lag_events").GetInt64());
            Assert.Equal(7, (await File.ReadAllLinesAsync(report.Files.Single(f => f.EndsWith("_7d.csv") && f.Contains("shadow_report_")))).Length);

            byte[] signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
            var pngs = report.Files.Where(f => f.EndsWith(".png")).ToList();
            Assert.Equal(4, pngs.Count);
            Assert.Equal(50, json.RootElement.GetProperty("threshold_curve").GetArrayLength());

            // The what-if at the policy in force replays the same decisions to the report's own figures.
            var whatIf = await (await admin.GetAsync($"/api/policy/what-if?from={report.Period.From:yyyy-MM-dd}&to={report.Period.To:yyyy-MM-dd}")).Body();
            var inForce = whatIf.GetProperty("result").GetProperty("inForce");
            var metrics = json.RootElement.GetProperty("metrics");
            Assert.Equal(report.Decisions, inForce.GetProperty("decisions").GetInt32());
            Assert.Equal(metrics.GetProperty("AutomationRate").GetDouble(), inForce.GetProperty("automation").GetDouble(), 9);
            Assert.Equal(metrics.GetProperty("AccuracyN").GetInt32(), inForce.GetProperty("answered").GetInt32());
            Assert.Equal(metrics.GetProperty("Accuracy").GetDouble(), inForce.GetProperty("accuracy").GetDouble(), 9);
            var curveAtForce = json.RootElement.GetProperty("threshold_curve").EnumerateArray()
                .Single(c => Math.Abs(c.GetProperty("Threshold").GetDouble() - inForce.GetProperty("threshold").GetDouble()) < 1e-9);
            Assert.Equal(inForce.GetProperty("posts").GetInt32(), curveAtForce.GetProperty("Posts").GetInt32());
            foreach (var png in pngs)
            {
                var bytes = await File.ReadAllBytesAsync(png);
                Assert.Equal(signature, bytes.Take(8));
                Assert.True(bytes.Length is > 10_000 and < 200_000, $"{png}: {bytes.Length} bytes");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
