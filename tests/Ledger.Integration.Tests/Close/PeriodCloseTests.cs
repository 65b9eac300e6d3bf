using Ledger.Domain.Close;
using Ledger.Integration.Tests.Reconciliation;
using Ledger.Integration.Tests.Review;
using Marten;

namespace Ledger.Integration.Tests.Close;

/// <summary>Issue #20: a month is closed after its reconciliation, stays closed against late acts, and reopening is recorded.</summary>
public class PeriodCloseTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task A_closed_month_refuses_a_late_reversal_with_409_and_keeps_its_trial_balance_until_reopened()
    {
        var t = await app.OnboardAsync("Close Co", booksCurrency: StatementCuts.Currency);
        var admin = app.Client(t.AdminToken);
        var months = StatementCuts.Months().Take(2).ToList();   // January and February
        foreach (var m in months) (await admin.UploadAsync(m.FileName, m.Content, "2100")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 10);
        (await admin.PostAsJsonAsync("/api/accounts/2100/opening-balance", new { })).EnsureSuccessStatusCode();
        var queue = (await admin.GetFromJsonAsync<Ledger.Api.Review.ReviewQueuePage>("/api/review/queue?pageSize=500", Json.Options))!;
        foreach (var item in queue.Items)
            (await ReviewDesk.ActAsync(admin, item.TransactionId, "recategorize", new { accountCode = item.Amount < 0 ? "6000" : "4000", version = item.Version })).EnsureSuccessStatusCode();

        // Not before the card is reconciled through the month's end; a reason is required.
        var early = await admin.PostAsJsonAsync("/api/periods/2001-01/close", new { reason = "January done" });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("2100", (await early.Body()).GetProperty("detail").GetString());
        var january = await (await admin.GetAsync("/api/accounts/2100/reconciliation?date=2001-01-31")).Body();
        Assert.Equal(0m, january.GetProperty("difference").GetDecimal());
        (await admin.PostAsJsonAsync("/api/accounts/2100/reconciliation", new
        {
            date = "2001-01-31", bankBalance = january.GetProperty("bankBalance").GetDecimal(), bookBalance = january.GetProperty("bookBalance").GetDecimal(),
        })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/periods/2001-01/close", new { reason = " " })).StatusCode);
        var reviewer = app.Client(await ReviewDesk.TokenAsync(admin, "reviewer", "rita"));
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostAsJsonAsync("/api/periods/2001-01/close", new { reason = "not mine" })).StatusCode);
        (await admin.PostAsJsonAsync("/api/periods/2001-01/close", new { reason = "January reconciled" })).EnsureSuccessStatusCode();
        var before = await (await admin.GetAsync("/api/trial-balance?through=2001-01-31")).Body();

        var jan = queue.Items.First(i => i.PostedOn.Month == 1);
        var version = (await (await admin.GetAsync($"/api/transactions/{jan.TransactionId}/explain")).Body()).GetProperty("version").GetInt32();
        var late = await ReviewDesk.ActAsync(reviewer, jan.TransactionId, "reverse", new { reason = "late fix", version });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Period 2001-01 is closed", (await late.Body()).GetProperty("detail").GetString());
        var feb = queue.Items.First(i => i.PostedOn.Month == 2);
        var febVersion = (await (await admin.GetAsync($"/api/transactions/{feb.TransactionId}/explain")).Body()).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(reviewer, feb.TransactionId, "reverse", new { reason = "open month", version = febVersion })).StatusCode);

        var after = await (await admin.GetAsync("/api/trial-balance?through=2001-01-31")).Body();
        Assert.Equal(before.GetProperty("balances").ToString(), after.GetProperty("balances").ToString());
        Assert.Equal(after.GetProperty("balances").ToString(), after.GetProperty("atClose").ToString());
        Assert.Equal("2001-01", after.GetProperty("closedPeriod").GetString());

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/periods/2001-01/reopen", new { reason = "" })).StatusCode);
        (await admin.PostAsJsonAsync("/api/periods/2001-01/reopen", new { reason = "card issuer corrected a January charge" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(reviewer, jan.TransactionId, "reverse", new { reason = "late fix", version })).StatusCode);

        await using var session = app.Store.QuerySession(t.TenantId);
        var reopened = Assert.Single(await session.Events.QueryRawEventDataOnly<PeriodReopened>().ToListAsync());
        Assert.Equal(("2001-01", "card issuer corrected a January charge"), (reopened.Period, reopened.Reason));
        Assert.Empty((await (await admin.GetAsync("/api/periods")).Body()).EnumerateArray());
    }
}
