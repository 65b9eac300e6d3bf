using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using Marten;
using Microsoft.AspNetCore.Hosting;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>The host with a breaker that opens after 2 failures and waits 2 s before its trial call.</summary>
public sealed class BreakerLlmLedgerApp : LlmLedgerApp
{
    public const double BreakSeconds = 2;

    protected override void Configure(IWebHostBuilder builder)
    {
        base.Configure(builder);
        builder.UseSetting("Llm:BreakAfterFailures", "2");
        builder.UseSetting("Llm:BreakSeconds", BreakSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>
/// A failing provider is asked a few times, then not at all for a cool-down: the decisions go on without it, say why
/// (llm_unavailable), and the breaker's state shows in /readyz and /api/metrics/latest; once the provider answers again it closes.
/// </summary>
public class LlmBreakerTests(BreakerLlmLedgerApp app) : IClassFixture<BreakerLlmLedgerApp>
{
    async Task<string> CircuitAsync(HttpClient client)
    {
        var ready = await (await client.GetAsync("/readyz")).Body();
        var metrics = await (await client.GetAsync("/api/metrics/latest")).Body();
        var state = ready.GetProperty("llm").GetProperty("state").GetString()!;
        Assert.Equal(state, metrics.GetProperty("llm_circuit").GetProperty("state").GetString());
        return state;
    }

    [Fact]
    public async Task The_breaker_opens_after_failures_records_llm_unavailable_and_closes_when_the_provider_answers_again()
    {
        var t = await LlmTenants.StartAsync(app, "Llm Outage Co");
        var admin = app.Client(t.AdminToken);
        Assert.Equal("closed", await CircuitAsync(admin));
        app.Llm.Reply = new Ledger.Llm.Tests.FakeReply(Status: 503);
        var before = app.Llm.Requests.Count;

        // Five new vendors while the provider fails: two calls open the breaker, the other three are not sent at all.
        await LlmTenants.DecideAsync(app, t, 5, "2026-11-03,QUORVEX SUPPLY HOUSE,-10.00", "2026-11-03,BLINTERMAN PRINTING,-20.00",
            "2026-11-04,FRAZZLE WIDGETRY,-30.00", "2026-11-04,MOXWELL STATIONERS,-40.00", "2026-11-05,SNORKELBY LOGISTICS,-50.00");

        Assert.Equal(before + 2, app.Llm.Requests.Count);
        Assert.Equal("open", await CircuitAsync(admin));
        await using (var s = app.Store.QuerySession(t.TenantId))
        {
            var gates = await s.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
            Assert.All(gates, g => Assert.Contains(ReasonCode.LlmUnavailable, g.Decision.Reasons));
            // Nothing proposed an account for these new vendors: that is no_proposal, not an unbalanced entry.
            Assert.All(gates, g => Assert.Contains(ReasonCode.NoProposal, g.Decision.Reasons));
            Assert.All(gates, g => Assert.DoesNotContain(ReasonCode.JeImbalance, g.Decision.Reasons));
            var unsent = (await s.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync()).Where(p => p.LlmCallId is null).ToList();
            Assert.Equal(3, unsent.Count);
            Assert.All(unsent, p => Assert.Contains(p.Trace, l => l.Contains($"not used ({LlmNotUsedReasons.Unavailable})")));
        }
        // The audit replays these decisions, reasons included, from what was recorded.
        var verify = await (await admin.GetAsync("/api/audit/verify")).Body();
        Assert.Equal(0, verify.GetProperty("mismatches").GetInt32());

        // The provider is back; after the cool-down one trial call goes through and closes the breaker.
        app.Llm.Reply = LlmLedgerApp.Reply("6300");
        await Task.Delay(TimeSpan.FromSeconds(BreakerLlmLedgerApp.BreakSeconds + 0.5));
        await LlmTenants.DecideAsync(app, t, 6, "2026-11-06,ZORBLAX GADGETS EMPORIUM,-60.00");

        Assert.Equal(before + 3, app.Llm.Requests.Count);
        Assert.Equal("closed", await CircuitAsync(admin));
        await using var after = app.Store.QuerySession(t.TenantId);
        var answered = (await after.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync()).Single(p => p.Source == "llm");
        Assert.Equal("6300", answered.AccountCode);
    }
}
