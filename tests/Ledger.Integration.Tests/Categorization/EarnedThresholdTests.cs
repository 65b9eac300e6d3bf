using System.Text;
using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Jobs.Commands.Shadow;
using Marten;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>
/// The tenant earns its auto-post threshold on its own reviewed proposals: recorded with its evidence at every training,
/// shown in /api/metrics/latest and the shadow report, and used by the gates only once an operator opted in.
/// </summary>
public class EarnedThresholdTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static readonly (string Payee, decimal Amount)[] Vendors =
    [
        ("STAPLES 00123 SPRINGFIELD IL", -23.40m), ("SQ *BLUE BOTTLE COFFEE SAN", -6.50m), ("PGANDE WEB ONLINE", -120.00m),
        ("MONTHLY SERVICE FEE", -15.00m), ("WEWORK MEMBERSHIP", -900.00m), ("STRIPE TRANSFER ST-X1Y2", 950.00m),
    ];

    /// <summary>630 lines of the history's vendors: enough clean outcomes (598 at least) for the 95% bound to reach 0.5%.</summary>
    static string Statement()
    {
        var sb = new StringBuilder("Date,Description,Amount\n");
        for (var i = 0; i < 630; i++)
        {
            var (payee, amount) = Vendors[i % Vendors.Length];
            sb.Append(FormattableString.Invariant($"2026-{7 + i / 180:00}-{1 + i / 6 % 28:00},{payee},{amount - Math.Sign(amount) * (i / 6) * 0.01m:0.00}\n"));
        }
        return sb.ToString();
    }

    async Task<List<T>> CategorizerEventsAsync<T>(string tenant)
    {
        await using var session = app.Store.QuerySession(tenant);
        return (await session.Events.FetchStreamAsync(CategorizerStreams.Id)).Select(e => e.Data).OfType<T>().ToList();
    }

    /// <summary>Imports one line and returns its gate decision (the one decision that was not there before).</summary>
    async Task<GateEvaluated> DecideOneAsync(string tenant, HttpClient admin, string line, int decidedBefore)
    {
        async Task<IReadOnlyList<GateEvaluated>> GatesAsync()
        {
            await using var session = app.Store.QuerySession(tenant);
            return await session.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
        }
        var seen = (await GatesAsync()).Select(g => g.TransactionId).ToHashSet();
        (await admin.UploadTextAsync($"one-{decidedBefore}.csv", "Date,Description,Amount\n" + line + "\n", "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(tenant, decidedBefore + 1);
        return Assert.Single(await GatesAsync(), g => !seen.Contains(g.TransactionId));
    }

    [Fact]
    public async Task The_earned_threshold_is_recorded_with_its_evidence_and_used_by_the_gates_after_opt_in()
    {
        var t = await app.OnboardAsync("Earned Co");
        var admin = app.Client(t.AdminToken);
        var op = app.Client(app.OperatorToken);
        (await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        var first = Assert.Single(await CategorizerEventsAsync<AutopostThresholdEarned>(t.TenantId));
        Assert.Equal(0, first.Reviewed);
        Assert.All(first.BySource, s => Assert.Null(s.Threshold));

        // Shadow mode: every line is queued, and a reviewer approves them all, vendor by vendor.
        (await admin.UploadTextAsync("q3.csv", Statement(), "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 630, timeoutSeconds: 180);
        foreach (var (payee, _) in Vendors)
        {
            var approved = await admin.PostAsJsonAsync("/api/review/bulk-approve", new { vendor = VendorKey.Normalize(payee) });
            Assert.True(approved.IsSuccessStatusCode, await approved.Content.ReadAsStringAsync());
        }
        var trained = await (await admin.PostAsync("/api/categorizer/train", null)).Body();
        var earned = (await CategorizerEventsAsync<AutopostThresholdEarned>(t.TenantId))[^1];
        Assert.Equal((630, 0, 0.80, 0.005, 0.95), (earned.Reviewed, earned.SlipsSetAside, earned.Floor, earned.MaxErrorRate, earned.Confidence));
        var history = Assert.Single(earned.BySource);
        Assert.Equal((ProposalSources.VendorHistory, 630, 0), (history.Source, history.Outcomes, history.ErrorsAbove));
        Assert.NotNull(history.Threshold);
        Assert.InRange(history.Above, 598, 630);
        Assert.True(history.UpperBound <= 0.005, history.Describe());
        Assert.Equal(history.Threshold, trained.GetProperty("earnedThresholds")[0].GetProperty("threshold").GetDouble());

        var metrics = (await (await admin.GetAsync("/api/metrics/latest?period=7d")).Body()).GetProperty("earned_threshold");
        Assert.False(metrics.GetProperty("in_use").GetBoolean());
        Assert.Equal(history.Threshold, metrics.GetProperty("by_source")[0].GetProperty("threshold").GetDouble());

        // The template's threshold is raised out of reach: only an earned threshold can post now.
        (await op.PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/policy", new { autopostThreshold = 0.9999, reason = "test" })).EnsureSuccessStatusCode();
        (await op.PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true })).EnsureSuccessStatusCode();
        // A vendor known from the history only (reviews promoted rules for the others): its proposals come from vendor history.
        var before = await DecideOneAsync(t.TenantId, admin, "2026-11-02,FACEBK ADS 88723,-52.10", 630);
        Assert.Equal(ProposalSources.VendorHistory, before.Inputs.Source);
        Assert.Null(before.Inputs.Policy.EarnedThresholds);
        Assert.False(before.Decision.AutoPost);
        Assert.Equal([ReasonCode.BelowThreshold], before.Decision.Reasons);

        var optIn = await op.PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/earned-threshold", new { enabled = true, reason = "pilot evidence" });
        Assert.True((await optIn.Body()).GetProperty("usesEarnedThreshold").GetBoolean());
        var after = await DecideOneAsync(t.TenantId, admin, "2026-11-03,FACEBK ADS 88723,-47.90", 631);
        Assert.Equal([new EarnedThreshold(ProposalSources.VendorHistory, history.Threshold!.Value)], after.Inputs.Policy.EarnedThresholds);
        Assert.Equal(before.Inputs.Policy.Version + 1, after.Inputs.Policy.Version);
        Assert.EndsWith("(earned)", after.Decision.Gates[1].Compared);
        Assert.True(after.Inputs.CalibratedP >= history.Threshold, $"p {after.Inputs.CalibratedP} below the earned {history.Threshold}");
        Assert.True(after.Decision.AutoPost, string.Join("; ", after.Decision.Gates.Select(g => g.Compared)));

        Assert.True((await (await admin.GetAsync("/api/metrics/latest?period=7d")).Body()).GetProperty("earned_threshold").GetProperty("in_use").GetBoolean());
        var dir = Path.Combine(Path.GetTempPath(), "earned-" + Guid.NewGuid().ToString("N"));
        var report = await ShadowReport.WriteAsync(app.Store, t.TenantId, "7d", app.Clock.GetCurrentInstant(), dir, 0.05, TextWriter.Null, default);
        Assert.Contains("earned thresholds (used by the gates: the operator opted in)", report.Summary);
        Assert.Contains(history.Describe(), report.Summary);
        Directory.Delete(dir, recursive: true);
    }
}
