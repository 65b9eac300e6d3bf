using Ledger.Domain.Categorization;
using Ledger.Domain.Review;
using Ledger.Projections.Journal;
using Ledger.Projections.Review;
using Marten;

namespace Ledger.Integration.Tests.Review;

/// <summary>Approving books the proposal as a balanced entry, records who and when, and takes the item off the queue.</summary>
public class ApproveTransactionTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Approving_posts_a_balanced_entry_by_the_reviewer_and_labels_the_vendor()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Approve Co");
        var staples = await desk.QueuedAsync("STAPLES");
        var response = await ReviewDesk.ActAsync(desk.Reviewer, staples.TransactionId, "approve", new { version = staples.Version });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Body();
        Assert.Equal("posted", body.GetProperty("status").GetString());
        Assert.Equal(staples.Version + 3, body.GetProperty("version").GetInt32());

        await app.CatchUpAsync();
        await using var session = app.Store.QuerySession(desk.Tenant.TenantId);
        var entry = Assert.Single(await session.Query<JournalEntryView>().ToListAsync());
        Assert.Equal(("rita", "approved"), (entry.PostedBy, entry.Reason));
        Assert.Contains(entry.Lines, l => l.AccountCode == "6300" && l.Debit == 31.15m);
        Assert.Contains(entry.Lines, l => l.AccountCode == "1000" && l.Credit == 31.15m);
        Assert.Equal(entry.Lines.Sum(l => l.Debit), entry.Lines.Sum(l => l.Credit));
        Assert.Null(await session.LoadAsync<ReviewQueueItem>(staples.TransactionId));
        var approved = Assert.Single(await session.Events.QueryRawEventDataOnly<ReviewApproved>().ToListAsync());
        Assert.Equal(("6300", "rita", app.Clock.GetCurrentInstant()), (approved.AccountCode, approved.By, approved.At));
        var label = Assert.Single(await session.Events.QueryRawEventDataOnly<TransactionLabelled>().Where(l => l.Source == LabelSources.Review).ToListAsync());
        Assert.Equal(staples.TransactionId, label.TransactionId);

        // Approving again: the entry is live, so the state refuses it and says what it is now.
        var again = await ReviewDesk.ActAsync(desk.Reviewer, staples.TransactionId, "approve", new { version = staples.Version + 3 });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("posted", (await again.Body()).GetProperty("current").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Two_reviewers_on_one_version_the_second_gets_409_with_the_current_state_and_nothing_changes()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Race Co");
        var coffee = await desk.QueuedAsync("SQ *BLUE BOTTLE");
        var first = await ReviewDesk.ActAsync(desk.Reviewer, coffee.TransactionId, "approve", new { version = coffee.Version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await ReviewDesk.ActAsync(desk.Admin, coffee.TransactionId, "recategorize", new { accountCode = "6000", version = coffee.Version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var current = (await second.Body()).GetProperty("current");
        Assert.Equal("posted", current.GetProperty("status").GetString());
        Assert.Equal(coffee.Version + 3, current.GetProperty("version").GetInt32());

        await using var session = app.Store.QuerySession(desk.Tenant.TenantId);
        Assert.Empty(await session.Events.QueryRawEventDataOnly<TransactionRecategorized>().ToListAsync());
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_gets_the_first_answer_and_appends_nothing()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Retry Co");
        var fee = await desk.QueuedAsync("MONTHLY SERVICE FEE");
        var first = await ReviewDesk.ActAsync(desk.Reviewer, fee.TransactionId, "approve", new { version = fee.Version }, "key-1");
        var before = await app.EventCountAsync(desk.Tenant.TenantId);
        var retry = await ReviewDesk.ActAsync(desk.Reviewer, fee.TransactionId, "approve", new { version = fee.Version }, "key-1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(before, await app.EventCountAsync(desk.Tenant.TenantId));

        // The same key on another request is a client bug: refused, not replayed.
        var other = await desk.QueuedAsync("PGANDE");
        var misuse = await ReviewDesk.ActAsync(desk.Reviewer, other.TransactionId, "approve", new { version = other.Version }, "key-1");
        Assert.Equal(HttpStatusCode.BadRequest, misuse.StatusCode);
    }
}
