using Ledger.Domain.Decisions;
using Marten;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Integration.Tests.Audit;

/// <summary>An auditor can replay any transaction, the tenant and the trial balance as they stood at an earlier instant.</summary>
public class AuditTimeTravelTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static string Q(Instant at) => Uri.EscapeDataString(InstantPattern.General.Format(at));

    [Fact]
    public async Task As_of_an_earlier_instant_shows_the_posted_entry_before_its_reversal()
    {
        var (t, admin, posted) = await app.TenantWithPostedEntriesAsync("Time Travel Co");
        var staples = posted.Single(p => p.Memo.StartsWith("STAPLES"));
        var beforeReversal = app.Clock.GetCurrentInstant();
        app.Clock.Advance(Duration.FromHours(2));
        await app.ReverseAsync(t.TenantId, staples, "rita", "wrong account");
        var now = app.Clock.GetCurrentInstant();
        var id = Uri.EscapeDataString(staples.TransactionId);

        var then = await (await admin.GetAsync($"/api/audit/transactions/{id}/as-of?at={Q(beforeReversal)}")).Body();
        Assert.Equal("posted", then.GetProperty("transaction").GetProperty("status").GetString());
        Assert.Equal(staples.EntryId, then.GetProperty("transaction").GetProperty("entryId").GetGuid());
        Assert.Equal("6300", then.GetProperty("transaction").GetProperty("proposedAccountCode").GetString());
        Assert.Equal(4, then.GetProperty("version").GetInt64());
        Assert.Equal(5, then.GetProperty("latestVersion").GetInt64());

        var today = await (await admin.GetAsync($"/api/audit/transactions/{id}/as-of?at={Q(now)}")).Body();
        Assert.Equal("reversed", today.GetProperty("transaction").GetProperty("status").GetString());

        var tbThen = (await (await admin.GetAsync($"/api/audit/trial-balance/as-of?at={Q(beforeReversal)}")).Body()).GetProperty("trialBalance");
        Assert.Equal(31.15m, tbThen.GetProperty("accounts").GetProperty("6300").GetProperty("balance").GetDecimal());
        Assert.Equal(5, tbThen.GetProperty("entries").GetInt32());
        var tbNow = (await (await admin.GetAsync($"/api/audit/trial-balance/as-of?at={Q(now)}")).Body()).GetProperty("trialBalance");
        Assert.Equal(0m, tbNow.GetProperty("accounts").GetProperty("6300").GetProperty("balance").GetDecimal());
        Assert.Equal(tbNow.GetProperty("totalDebits").GetDecimal(), tbNow.GetProperty("totalCredits").GetDecimal());

        var beforeImport = await admin.GetAsync($"/api/audit/transactions/{id}/as-of?at=2026-01-01T00:00:00Z");
        Assert.Equal(HttpStatusCode.NotFound, beforeImport.StatusCode);
        var bad = await admin.GetAsync($"/api/audit/trial-balance/as-of?at=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'at'", (await bad.Body()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/audit/transactions/{id}/as-of")).StatusCode);
    }

    [Fact]
    public async Task History_lists_the_streams_in_order_with_who_did_it_and_stays_inside_the_tenant()
    {
        var (t, admin, posted) = await app.TenantWithPostedEntriesAsync("History Co");
        var staples = posted.Single(p => p.Memo.StartsWith("STAPLES"));
        await app.ReverseAsync(t.TenantId, staples, "rita", "wrong account");
        var id = Uri.EscapeDataString(staples.TransactionId);

        var history = await (await admin.GetAsync($"/api/audit/transactions/{id}/history")).Body();
        var events = history.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["transaction_imported", "category_proposed", "gate_evaluated", "journal_entry_posted", "journal_entry_reversed"],
            events.Select(e => e.GetProperty("eventType").GetString()));
        Assert.Equal([1L, 2, 3, 4, 5], events.Select(e => e.GetProperty("version").GetInt64()));
        var sequences = events.Select(e => e.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal("rita", events[4].GetProperty("userName").GetString());
        // The data is the event as recorded: the proposal names its model / calibration versions, the gates their inputs and policy.
        Assert.True(events[1].GetProperty("data").TryGetProperty("modelVersion", out _));
        Assert.True(events[1].GetProperty("data").TryGetProperty("calibrationVersion", out _));
        Assert.True(events[2].GetProperty("data").GetProperty("inputs").GetProperty("policy").TryGetProperty("version", out _));
        Assert.Equal("autopost", events[3].GetProperty("data").GetProperty("postedBy").GetString());

        var tenant = await (await admin.GetAsync("/api/audit/tenant/history")).Body();
        var tenantEvents = tenant.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal("tenant_onboarded", tenantEvents[0].GetProperty("eventType").GetString());
        var autopost = Assert.Single(tenantEvents, e => e.GetProperty("eventType").GetString() == "autopost_enabled");
        Assert.Equal("test-operator", autopost.GetProperty("userName").GetString());

        var other = app.Client((await app.OnboardAsync("Other Auditors LLP")).AdminToken);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/audit/transactions/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/audit/transactions/{id}/as-of?at=2026-12-01T00:00:00Z")).StatusCode);
        var otherTenant = await (await other.GetAsync("/api/audit/tenant/history")).Body();
        Assert.DoesNotContain(otherTenant.GetProperty("events").EnumerateArray(), e => e.GetProperty("eventType").GetString() == "autopost_enabled");
    }
}
