using Ledger.Projections;
using System.Text.Json;
using Ledger.Projections.Metrics;
using Marten;
using NodaTime;

namespace Ledger.Integration.Tests.Metrics;

/// <summary>GET /api/metrics/latest against values computed by hand from the recorded decisions.</summary>
public class MetricsLatestTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static readonly Instant Day0 = Instant.FromUtc(2026, 11, 2, 9, 0);

    [Fact]
    public async Task Every_metric_matches_the_hand_computed_value_and_a_rebuild_reproduces_it()
    {
        app.Clock.Reset(Day0);
        var h = await MetricsHistory.BuildAsync(app, "Metrics Co");
        var auto = h.Gates.Where(g => g.Decision.AutoPost).Select(g => g.TransactionId).ToList();
        var queued = h.Gates.Where(g => !g.Decision.AutoPost).Select(g => g.TransactionId).ToList();
        Assert.True(auto.Count >= 3 && queued.Count >= 1, $"auto {auto.Count}, queued {queued.Count}");

        // queued[0]: answered twice, the second answer replaces the first. auto[0]: reversed within the window, then
        // relabelled to another account (wrong). auto[1]: approved as proposed. The other auto-posts stay unreversed.
        var q = queued[0];
        await h.LabelAsync(app, q, "6100", Day0.Plus(Duration.FromDays(1)));
        await h.LabelAsync(app, q, "6000", Day0.Plus(Duration.FromDays(2)));
        await h.ReverseAsync(app, auto[0], Day0.Plus(Duration.FromDays(3)));
        await h.LabelAsync(app, auto[0], "6999", Day0.Plus(Duration.FromDays(3)));
        await h.LabelAsync(app, auto[1], h.Proposal(auto[1]).AccountCode!, Day0.Plus(Duration.FromDays(1)));
        await app.CatchUpAsync();

        var answered = new List<(double p, bool ok, bool auto)>
        {
            (h.Proposal(q).CalibratedP, h.Proposal(q).AccountCode == "6000", false),
            (h.Proposal(auto[0]).CalibratedP, false, true),
            (h.Proposal(auto[1]).CalibratedP, true, true),
        };
        var presumed = auto.Skip(2).Select(tx => (h.Proposal(tx).CalibratedP, true, true)).ToList();

        // Three days in: the correction window is still open, so only the reviewers' answers are final.
        app.Clock.Reset(Day0.Plus(Duration.FromDays(3)));
        var early = await Get(app.Client(h.AdminToken), "?period=7d");
        AssertMetrics(early, h, answered, auto.Count);

        // Fifteen days after the decision day ended, unreversed auto-posts count as right.
        app.Clock.Reset(Instant.FromUtc(2026, 11, 18, 0, 0));
        var late = await Get(app.Client(h.AdminToken), "?period=30d");
        AssertMetrics(late, h, [.. answered, .. presumed], auto.Count);
        Assert.Equal("30d", late.GetProperty("period").GetString());
        Assert.Equal(0, late.GetProperty("je_imbalance_count").GetInt32());
        Assert.Equal(queued.Count, late.GetProperty("review_backlog").GetInt32());   // answers here post no entry, so the items stay queued
        Assert.True(late.GetProperty("llm_budget_status").TryGetProperty("fallback_active", out _));

        var daemon = await app.Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(LedgerStore.AsyncViews, TimeSpan.FromSeconds(60), CancellationToken.None);
        var rebuilt = await Get(app.Client(h.AdminToken), "?period=30d");
        Assert.Equal(late.GetRawText(), rebuilt.GetRawText());
    }

    static void AssertMetrics(JsonElement m, MetricsHistory h, List<(double p, bool ok, bool auto)> final, int autoCount)
    {
        Assert.Equal("1.1", m.GetProperty("schema_version").GetString());
        Assert.Equal(6, m.GetProperty("population_n").GetInt32());
        Assert.Equal(h.Gates.Count(g => g.Decision.WouldAutoPost) / 6.0, m.GetProperty("automation_rate").GetDouble(), 12);
        Assert.Equal(autoCount / 6.0, m.GetProperty("auto_post_rate").GetDouble(), 12);
        Assert.Equal(final.Count, m.GetProperty("accuracy_n").GetInt32());
        Assert.Equal(final.Count(f => f.ok) / (double)final.Count, m.GetProperty("accuracy").GetDouble(), 12);
        var autoFinal = final.Where(f => f.auto).ToList();
        Assert.Equal(autoFinal.Count(f => f.ok) / (double)autoFinal.Count, m.GetProperty("auto_post_precision").GetDouble(), 12);
        // Brier = mean (p − y)²; ECE = (1/N) Σ_bins |correct_b − Σp_b| over 15 equal-width bins.
        Assert.Equal(final.Sum(f => Math.Pow(f.p - (f.ok ? 1 : 0), 2)) / final.Count, m.GetProperty("brier").GetDouble(), 12);
        var ece = final.GroupBy(f => Math.Min((int)(f.p * 15), 14)).Sum(b => Math.Abs(b.Count(f => f.ok) - b.Sum(f => f.p))) / final.Count;
        Assert.Equal(ece, m.GetProperty("ece").GetDouble(), 12);
        var bins = m.GetProperty("ece_bins").EnumerateArray().ToList();
        Assert.Equal(15, bins.Count);
        Assert.Equal(final.Count, bins.Sum(b => b.GetProperty("count").GetInt32()));
        var reasons = h.Gates.SelectMany(g => g.Decision.Reasons).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var got = m.GetProperty("not_auto_post_counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(reasons, got);
    }

    [Fact]
    public async Task An_empty_window_is_zeros_and_each_tenant_sees_only_its_own()
    {
        app.Clock.Reset(Day0);
        var a = await MetricsHistory.BuildAsync(app, "Scope A Co");
        var b = await app.OnboardAsync("Scope B Co");

        var empty = await Get(app.Client(a.AdminToken), "?from=2026-01-01&to=2026-01-31");
        Assert.Equal(0, empty.GetProperty("population_n").GetInt32());
        Assert.Equal(0.0, empty.GetProperty("brier").GetDouble());
        Assert.Equal(0.0, empty.GetProperty("automation_rate").GetDouble());
        Assert.Equal("2026-01-01T00:00:00+00:00", empty.GetProperty("window_start_ts").GetString());

        Assert.Equal(0, (await Get(app.Client(b.AdminToken), "?period=7d")).GetProperty("population_n").GetInt32());
        var denied = await app.Client(b.AdminToken, a.TenantId).GetAsync("/api/metrics/latest?period=7d");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        var op = await Get(app.Client(app.OperatorToken, a.TenantId), "?period=7d");
        Assert.Equal(6, op.GetProperty("population_n").GetInt32());
        Assert.Equal(a.TenantId, op.GetProperty("tenant_id").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Client(a.AdminToken).GetAsync("/api/metrics/latest?period=7x")).StatusCode);
    }

    static async Task<JsonElement> Get(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/metrics/latest" + query);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
