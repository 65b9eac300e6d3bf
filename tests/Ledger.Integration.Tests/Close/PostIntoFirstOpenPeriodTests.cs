using Ledger.Domain.Close;
using Ledger.Domain.Decisions;
using Ledger.Integration.Tests.Review;
using Marten;
using NodaTime;

namespace Ledger.Integration.Tests.Close;

/// <summary>Issue #20: an act due in a closed month is refused naming it, or, when the tenant's policy says so, booked into the first open month.</summary>
public class PostIntoFirstOpenPeriodTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Once_the_policy_is_set_a_late_approval_and_reversal_post_into_the_first_open_month_and_the_closed_month_stays_as_closed()
    {
        var book = await CloseBook.OpenAsync(app, "Late Entries Co", lines: 4);
        var (early, late) = (book.Queue[0], book.Queue[1]);
        (await book.BookAsync(early)).EnsureSuccessStatusCode();
        await book.MarkOctoberReconciledAsync();
        (await book.CloseOctoberAsync()).EnsureSuccessStatusCode();
        var atClose = await (await book.Admin.GetAsync("/api/trial-balance?through=2026-10-31")).Body();

        var refused = await book.BookAsync(late);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Period 2026-10 is closed", (await refused.Body()).GetProperty("detail").GetString());

        var op = app.Client(app.OperatorToken);
        var policy = await op.PostAsJsonAsync($"/api/ops/tenants/{book.Tenant.TenantId}/policy", new { postIntoFirstOpenPeriod = true, reason = "late card statements" });
        policy.EnsureSuccessStatusCode();
        Assert.True((await policy.Body()).GetProperty("limits").GetProperty("postIntoFirstOpenPeriod").GetBoolean());

        (await book.BookAsync(late)).EnsureSuccessStatusCode();   // the version it was refused at: the refusal recorded nothing
        var earlyVersion = (await (await book.Admin.GetAsync($"/api/transactions/{early.TransactionId}/explain")).Body()).GetProperty("version").GetInt32();
        (await ReviewDesk.ActAsync(book.Reviewer, early.TransactionId, "reverse", new { reason = "wrong account", version = earlyVersion })).EnsureSuccessStatusCode();

        await using var session = app.Store.QuerySession(book.Tenant.TenantId);
        var posted = (await session.Events.QueryRawEventDataOnly<JournalEntryPosted>().ToListAsync()).Single(p => p.TransactionId == late.TransactionId);
        Assert.Equal(new LocalDate(2026, 11, 1), posted.EntryDate);
        Assert.Equal((late.PostedOn, "2026-10"), (posted.MovedFrom!.OriginalDate, posted.MovedFrom.ClosedPeriod));
        var reversal = Assert.Single(await session.Events.QueryRawEventDataOnly<JournalEntryReversed>().ToListAsync());
        Assert.Equal((new LocalDate(2026, 11, 1), early.PostedOn), (reversal.EntryDate, reversal.MovedFrom!.OriginalDate));

        var after = await (await book.Admin.GetAsync("/api/trial-balance?through=2026-10-31")).Body();
        Assert.Equal(atClose.GetProperty("balances").ToString(), after.GetProperty("balances").ToString());
        Assert.Equal(after.GetProperty("balances").ToString(), after.GetProperty("atClose").ToString());
        // Through November the books hold the late line's expense only: the early line's entry is taken back out in November.
        var november = await (await book.Admin.GetAsync("/api/trial-balance?through=2026-11-30")).Body();
        Assert.Equal(-late.Amount, november.GetProperty("balances").GetProperty("6000").GetDecimal());
    }
}
