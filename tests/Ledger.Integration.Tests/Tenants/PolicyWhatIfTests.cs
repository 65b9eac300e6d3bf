using Ledger.Domain.Decisions.WhatIf;
using Ledger.Integration.Tests.Review;
using Marten;

namespace Ledger.Integration.Tests.Tenants;

/// <summary>GET /api/policy/what-if reads the token's tenant only, is for admins and operators, and can back a policy change.</summary>
public class PolicyWhatIfTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task A_what_if_replays_only_the_tokens_tenant_and_only_for_admins_and_operators()
    {
        var a = await ReviewDesk.OpenAsync(app, "What-if Alpha");
        var b = await app.OnboardAsync("What-if Bravo");
        var today = app.Clock.GetCurrentInstant().InUtc().Date;
        var query = $"/api/policy/what-if?threshold=0.5&coldStartMinLabels=0&from={today.PlusDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}";

        var mine = await (await a.Admin.GetAsync(query)).Body();
        Assert.Equal(a.Tenant.TenantId, mine.GetProperty("tenant").GetString());
        var proposed = mine.GetProperty("result").GetProperty("proposed");
        Assert.Equal(6, proposed.GetProperty("decisions").GetInt32());
        Assert.Equal(0.5, proposed.GetProperty("threshold").GetDouble());
        Assert.True(proposed.GetProperty("posts").GetInt32() >= mine.GetProperty("result").GetProperty("inForce").GetProperty("posts").GetInt32());

        var theirs = await (await app.Client(b.AdminToken).GetAsync(query)).Body();
        Assert.Equal((b.TenantId, 0), (theirs.GetProperty("tenant").GetString(), theirs.GetProperty("result").GetProperty("proposed").GetProperty("decisions").GetInt32()));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(a.Tenant.AdminToken, actingTenant: b.TenantId).GetAsync(query)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Reviewer.GetAsync(query)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await a.Auditor.GetAsync(query)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await a.Admin.GetAsync("/api/policy/what-if?from=yesterday")).StatusCode);
        var byOperator = await (await app.Client(app.OperatorToken, actingTenant: a.Tenant.TenantId).GetAsync(query)).Body();
        Assert.Equal(6, byOperator.GetProperty("result").GetProperty("proposed").GetProperty("decisions").GetInt32());
    }

    [Fact]
    public async Task A_policy_change_records_the_what_if_it_was_based_on()
    {
        var a = await ReviewDesk.OpenAsync(app, "What-if Evidence");
        var today = app.Clock.GetCurrentInstant().InUtc().Date;
        var changed = await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{a.Tenant.TenantId}/policy", new
        {
            autopostThreshold = 0.88m, reason = "what-if says so",
            whatIf = new { threshold = 0.88, coldStartMinLabels = (int?)null, from = today.PlusDays(-7).ToString("yyyy-MM-dd", null), to = today.ToString("yyyy-MM-dd", null) },
        });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        var version = (await changed.Body()).GetProperty("policyVersion").GetInt32();

        await using var session = app.Store.QuerySession(a.Tenant.TenantId);
        var evidence = (await session.Events.FetchStreamAsync(a.Tenant.TenantId)).Select(e => e.Data).OfType<PolicyEvidenceAttached>().Single();
        Assert.Equal((version, 0.88, 6), (evidence.PolicyVersion, evidence.Proposed.Threshold, evidence.Proposed.Decisions));
        Assert.Equal("test-operator", evidence.By);
    }
}
