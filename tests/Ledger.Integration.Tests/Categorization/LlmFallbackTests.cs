using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using Ledger.Projections.Tenants;
using Marten;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>
/// The LLM step of the real pipeline (import → cascade → LLM → gates) against real PostgreSQL and the real Semantic
/// Kernel connector talking HTTP to a fake OpenAI-compatible server on 127.0.0.1. Each test uses its own tenant; every
/// call costs $30 (see <see cref="LlmLedgerApp"/>), so the starter's $50 cap is spent by the second call.
/// </summary>
public class LlmFallbackTests(LlmLedgerApp app) : IClassFixture<LlmLedgerApp>
{
    [Fact]
    public async Task A_new_vendor_asks_the_llm_and_its_valid_answer_is_proposed_with_call_id_and_cost()
    {
        var t = await LlmTenants.StartAsync(app, "Llm Cold Start Co");
        app.Llm.Reply = LlmLedgerApp.Reply("6300");
        var before = app.Llm.Requests.Count;

        await LlmTenants.DecideAsync(app, t, 1, "2026-11-03,ZORBLAX GADGETS EMPORIUM,-64.20");

        Assert.Equal(before + 1, app.Llm.Requests.Count);
        var request = app.Llm.Requests.Last();
        Assert.Equal($"Bearer {LlmLedgerApp.ApiKey}", request.Authorization);
        Assert.Equal(LlmLedgerApp.Model, request.Json.GetProperty("model").GetString());
        Assert.Contains("ZORBLAX GADGETS EMPORIUM", request.AllMessages);
        await using var s = app.Store.QuerySession(t.TenantId);
        var tenant = (await s.LoadAsync<Tenant>(t.TenantId))!;
        foreach (var account in tenant.Chart) Assert.Contains($"{account.Code} | ", request.AllMessages);   // the whole chart went along

        var proposal = Assert.Single(await s.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync());
        Assert.Equal(("llm", "6300", LlmLedgerApp.CallCostUsd), (proposal.Source, proposal.AccountCode, proposal.LlmCostUsd));
        var call = Assert.Single(await s.Events.QueryRawEventDataOnly<LlmCallRecorded>().ToListAsync());
        Assert.Equal(proposal.LlmCallId, call.CallId);
        Assert.Equal((proposal.TransactionId, "answered", LlmLedgerApp.CallCostUsd, LlmLedgerApp.PromptTokens), (call.TransactionId, call.Outcome, call.CostUsd, call.PromptTokens));
        Assert.Empty(await s.Events.QueryRawEventDataOnly<LlmBudgetExceeded>().ToListAsync());
    }

    [Fact]
    public async Task Spending_past_the_tenant_cap_switches_to_fallback_once_and_stops_calling()
    {
        var t = await LlmTenants.StartAsync(app, "Llm Cap Co");
        app.Llm.Reply = LlmLedgerApp.Reply("6300");
        var before = app.Llm.Requests.Count;

        // Four new vendors: $30 + $30 = $60 crosses the $50 cap on the second call; the third and fourth are refused.
        await LlmTenants.DecideAsync(app, t, 4, "2026-11-03,QUORVEX SUPPLY HOUSE,-10.00", "2026-11-03,BLINTERMAN PRINTING,-20.00",
            "2026-11-04,FRAZZLE NOTIONS CO,-30.00", "2026-11-04,MOXWELL STATIONERS,-40.00");

        Assert.Equal(before + 2, app.Llm.Requests.Count);
        await using (var s = app.Store.QuerySession(t.TenantId))
        {
            var exceeded = Assert.Single(await s.Events.QueryRawEventDataOnly<LlmBudgetExceeded>().ToListAsync());
            Assert.Equal((LlmNotUsedReasons.TenantBudgetExceeded, 60m, 50m), (exceeded.Reason, exceeded.SpentUsd, exceeded.CapUsd));
            Assert.Equal(2, (await s.Events.QueryRawEventDataOnly<LlmCallRecorded>().ToListAsync()).Count);
            var proposals = await s.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync();
            var refused = proposals.Where(p => p.LlmCallId is null).ToList();
            Assert.Equal(2, refused.Count);
            Assert.All(refused, p => Assert.Contains(p.Trace, l => l.Contains(LlmNotUsedReasons.TenantBudgetExceeded)));
            var gates = await s.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
            // The call that crossed the cap and both refused ones are decided in fallback.
            Assert.Equal(3, gates.Count(g => g.Decision.Reasons.Contains(ReasonCode.BudgetFallbackActive)));
            Assert.All(refused, p => Assert.Contains(ReasonCode.BudgetFallbackActive, gates.Single(g => g.TransactionId == p.TransactionId).Decision.Reasons));
        }

        // A later batch reads the spend back from the database: still in fallback, no call, no second LlmBudgetExceeded.
        await LlmTenants.DecideAsync(app, t, 6, "2026-11-05,PLONKWORTH TOOLS,-50.00", "2026-11-05,STAPLES 00123 SPRINGFIELD IL,-23.40");
        Assert.Equal(before + 2, app.Llm.Requests.Count);
        await using (var s = app.Store.QuerySession(t.TenantId))
        {
            Assert.Single(await s.Events.QueryRawEventDataOnly<LlmBudgetExceeded>().ToListAsync());
            var gates = await s.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
            Assert.Equal(5, gates.Count(g => g.Decision.Reasons.Contains(ReasonCode.BudgetFallbackActive)));
        }
    }

    [Fact]
    public async Task A_made_up_account_is_not_used_but_its_cost_is_recorded()
    {
        var t = await LlmTenants.StartAsync(app, "Llm Invented Co");
        app.Llm.Reply = LlmLedgerApp.Reply("9999");

        await LlmTenants.DecideAsync(app, t, 1, "2026-11-03,GRUNDLEFOX WIDGETWORKS,-88.00");

        await using var s = app.Store.QuerySession(t.TenantId);
        var proposal = Assert.Single(await s.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync());
        Assert.NotEqual("llm", proposal.Source);
        Assert.NotEqual("9999", proposal.AccountCode);
        Assert.Equal(LlmLedgerApp.CallCostUsd, proposal.LlmCostUsd);
        var call = Assert.Single(await s.Events.QueryRawEventDataOnly<LlmCallRecorded>().ToListAsync());
        Assert.Equal(proposal.LlmCallId, call.CallId);
        Assert.StartsWith(LlmNotUsedReasons.InvalidAnswerPrefix, call.Outcome);
        Assert.Equal(LlmLedgerApp.CallCostUsd, call.CostUsd);
        Assert.Single(await s.Events.QueryRawEventDataOnly<ReviewRequested>().ToListAsync());
    }

    [Fact]
    public async Task A_timeout_still_completes_the_decision_with_the_cascades_answer()
    {
        var t = await LlmTenants.StartAsync(app, "Llm Slow Co");
        app.Llm.Reply = LlmLedgerApp.Reply("6300") with { Delay = TimeSpan.FromSeconds(6) };   // the host gives up after 2 s
        try
        {
            await LlmTenants.DecideAsync(app, t, 1, "2026-11-03,SNORKELBY LOGISTICS,-120.00");
        }
        finally
        {
            app.Llm.Reply = LlmLedgerApp.Reply("6300");
        }

        await using var s = app.Store.QuerySession(t.TenantId);
        var proposal = Assert.Single(await s.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync());
        Assert.NotEqual("llm", proposal.Source);
        Assert.Contains(proposal.Trace, l => l.Contains($"not used ({LlmNotUsedReasons.Timeout})"));
        var call = Assert.Single(await s.Events.QueryRawEventDataOnly<LlmCallRecorded>().ToListAsync());
        Assert.Equal((proposal.LlmCallId, LlmNotUsedReasons.Timeout, 0m), ((Guid?)call.CallId, call.Outcome, call.CostUsd));
        Assert.Single(await s.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync());
        Assert.Single(await s.Events.QueryRawEventDataOnly<ReviewRequested>().ToListAsync());
    }
}

/// <summary>The installation-wide cap: once all tenants together spent it, every tenant is in fallback.</summary>
public class LlmGlobalCapTests(GlobalCapLlmLedgerApp app) : IClassFixture<GlobalCapLlmLedgerApp>
{
    [Fact]
    public async Task Spending_past_the_global_cap_switches_to_fallback_with_the_global_reason()
    {
        var t = await LlmTenants.StartAsync(app, "Llm Global Co");
        app.Llm.Reply = LlmLedgerApp.Reply("6300");

        await LlmTenants.DecideAsync(app, t, 3, "2026-11-03,QUORVEX SUPPLY HOUSE,-10.00", "2026-11-03,BLINTERMAN PRINTING,-20.00",
            "2026-11-04,FRAZZLE NOTIONS CO,-30.00");

        Assert.Equal(2, app.Llm.Requests.Count);
        await using var s = app.Store.QuerySession(t.TenantId);
        var exceeded = Assert.Single(await s.Events.QueryRawEventDataOnly<LlmBudgetExceeded>().ToListAsync());
        Assert.Equal((LlmNotUsedReasons.GlobalBudgetExceeded, 60m, 40m), (exceeded.Reason, exceeded.SpentUsd, exceeded.CapUsd));
        var refused = Assert.Single(await s.Events.QueryRawEventDataOnly<CategoryProposed>().Where(p => p.LlmCallId == null).ToListAsync());
        Assert.Contains(refused.Trace, l => l.Contains(LlmNotUsedReasons.GlobalBudgetExceeded));
    }
}

static class LlmTenants
{
    /// <summary>A starter tenant with the labelled history (no model trained): a vendor outside the history is new to it.</summary>
    public static async Task<Ledger.Api.Tenants.TenantOnboardedResponse> StartAsync(LedgerApp app, string name)
    {
        var t = await app.OnboardAsync(name);
        var labels = await app.Client(t.AdminToken).ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory());
        Assert.True(labels.IsSuccessStatusCode, await labels.Content.ReadAsStringAsync());
        return t;
    }

    /// <summary>Uploads the rows as one CSV statement and waits until the tenant has <paramref name="decidedTotal"/> decisions.</summary>
    public static async Task DecideAsync(LedgerApp app, Ledger.Api.Tenants.TenantOnboardedResponse t, int decidedTotal, params string[] rows)
    {
        var upload = await app.Client(t.AdminToken).UploadTextAsync($"s{decidedTotal}.csv", "Date,Description,Amount\n" + string.Join("\n", rows) + "\n", "1000");
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        await app.WaitForDecisionsAsync(t.TenantId, decidedTotal);
    }
}
