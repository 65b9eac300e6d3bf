using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Integration.Tests.Review;
using Marten;

namespace Ledger.Integration.Tests.Rules;

/// <summary>Admin-written vendor rules: created, listed and retired over HTTP, and used by the very next proposal.</summary>
public class VendorRuleTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    const string Acme = "ACME WIDGETS CO 555-1234";

    async Task<CategoryProposed> ProposalOfAsync(string tenantId, string vendorKey, int nth = 0)
    {
        await using var session = app.Store.QuerySession(tenantId);
        var events = await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "category_proposed").OrderBy(e => e.Sequence).ToListAsync();
        return events.Select(e => (CategoryProposed)e.Data).Where(p => p.VendorKey == vendorKey).ElementAt(nth);
    }

    [Fact]
    public async Task A_rule_the_admin_creates_decides_the_next_proposal_of_its_vendor_until_it_is_retired()
    {
        var t = await app.OnboardAsync("Rule Co");
        var admin = app.Client(t.AdminToken);

        var unknownAccount = await admin.PostAsJsonAsync("/api/rules", new { payee = Acme, accountCode = "9999" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownAccount.StatusCode);
        var problem = await unknownAccount.Body();
        Assert.Equal("accountCode", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("9999", problem.GetProperty("detail").GetString());

        var created = await admin.PostAsJsonAsync("/api/rules", new { payee = Acme, accountCode = "6300", direction = "outflow" });
        var rule = await created.Body();
        Assert.True(created.StatusCode == HttpStatusCode.Created, rule.ToString());
        var ruleId = rule.GetProperty("id").GetGuid();
        var vendor = VendorKey.Normalize(Acme);
        Assert.Equal(vendor, rule.GetProperty("vendorKey").GetString());
        Assert.Equal("admin", rule.GetProperty("origin").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/rules", new { vendorKey = vendor, accountCode = "6100", direction = "outflow" })).StatusCode);

        (await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 6);
        var proposed = await ProposalOfAsync(t.TenantId, vendor);
        Assert.Equal((ProposalSources.Rule, "6300", (Guid?)ruleId), (proposed.Source, proposed.AccountCode, proposed.RuleId));
        Assert.Contains(proposed.Trace, line => line.StartsWith($"rule {ruleId.ToString("N")[..8]} (admin v1"));

        var listed = await (await admin.GetAsync("/api/rules")).Body();
        Assert.Equal(ruleId, Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/rules/{ruleId}?reason=vendor%20changed")).StatusCode);
        Assert.Empty((await (await admin.GetAsync("/api/rules")).Body()).EnumerateArray());
        (await admin.UploadTextAsync("dec.csv", $"Date,Description,Amount\n2026-12-02,{Acme},-81.00\n", "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 7);
        var after = await ProposalOfAsync(t.TenantId, vendor, nth: 1);
        Assert.NotEqual(ProposalSources.Rule, after.Source);
        Assert.Null(after.RuleId);

        await using var session = app.Store.QuerySession(t.TenantId);
        var retired = Assert.Single(await session.Events.QueryRawEventDataOnly<RuleRetired>().ToListAsync());
        Assert.Equal((ruleId, vendor), (retired.RuleId, retired.VendorKey));
        Assert.Contains("vendor changed", retired.Reason);
    }

    [Fact]
    public async Task Rules_are_the_tenants_own_and_only_its_admins_write_them()
    {
        var a = await app.OnboardAsync("Rules A Co");
        var b = await app.OnboardAsync("Rules B Co");
        var adminA = app.Client(a.AdminToken);
        var adminB = app.Client(b.AdminToken);
        var reviewerA = app.Client(await ReviewDesk.TokenAsync(adminA, "reviewer", "rita"));

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewerA.PostAsJsonAsync("/api/rules", new { payee = Acme, accountCode = "6300" })).StatusCode);
        var created = await adminA.PostAsJsonAsync("/api/rules", new { vendorKey = "staples", accountCode = "6300", minAmount = 500m, maxAmount = 5000m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ruleId = (await created.Body()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await reviewerA.DeleteAsync($"/api/rules/{ruleId}")).StatusCode);
        Assert.Single((await (await reviewerA.GetAsync("/api/rules")).Body()).EnumerateArray());   // reading is for every role

        Assert.Empty((await (await adminB.GetAsync("/api/rules")).Body()).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await adminB.DeleteAsync($"/api/rules/{ruleId}")).StatusCode);
        var stillThere = Assert.Single((await (await adminA.GetAsync("/api/rules")).Body()).EnumerateArray());
        Assert.Equal(500m, stillThere.GetProperty("minAmount").GetDecimal());

        Assert.Equal(HttpStatusCode.NoContent, (await adminA.DeleteAsync($"/api/rules/{ruleId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.DeleteAsync($"/api/rules/{ruleId}")).StatusCode);
        await using var sessionB = app.Store.QuerySession(b.TenantId);
        Assert.Empty(await sessionB.Events.QueryRawEventDataOnly<RuleRetired>().ToListAsync());
    }
}
