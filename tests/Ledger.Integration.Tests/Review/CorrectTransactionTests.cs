using Ledger.Domain.Review;
using Ledger.Projections.Journal;
using Ledger.Projections.Review;
using Marten;

namespace Ledger.Integration.Tests.Review;

/// <summary>Recategorize, split, exclude and reverse: each a recorded act, each entry balanced, the queue kept right.</summary>
public class CorrectTransactionTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Recategorize_split_and_exclude_book_what_the_reviewer_said()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Correct Co");
        var acme = await desk.QueuedAsync("ACME");
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewDesk.ActAsync(desk.Reviewer, acme.TransactionId, "recategorize", new { accountCode = "9999", version = acme.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewDesk.ActAsync(desk.Reviewer, acme.TransactionId, "recategorize", new { accountCode = "1000", version = acme.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(desk.Reviewer, acme.TransactionId, "recategorize", new { accountCode = "6300", version = acme.Version })).StatusCode);

        var pge = await desk.QueuedAsync("PGANDE");   // -131.20
        var off = await ReviewDesk.ActAsync(desk.Reviewer, pge.TransactionId, "split",
            new { parts = new[] { new { accountCode = "6500", amount = 100.00m }, new { accountCode = "6400", amount = 31.00m } }, version = pge.Version });
        Assert.Equal(HttpStatusCode.BadRequest, off.StatusCode);
        Assert.Contains("difference 0.20", (await off.Body()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(desk.Reviewer, pge.TransactionId, "split",
            new { parts = new[] { new { accountCode = "6500", amount = 100.00m }, new { accountCode = "6400", amount = 31.20m } }, version = pge.Version })).StatusCode);

        var coffee = await desk.QueuedAsync("SQ *BLUE BOTTLE");
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewDesk.ActAsync(desk.Reviewer, coffee.TransactionId, "exclude", new { reason = "boring", version = coffee.Version })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(desk.Reviewer, coffee.TransactionId, "exclude", new { reason = "personal", note = "owner's coffee", version = coffee.Version })).StatusCode);

        await app.CatchUpAsync();
        await using var session = app.Store.QuerySession(desk.Tenant.TenantId);
        var entries = (await session.Query<JournalEntryView>().ToListAsync()).ToDictionary(e => e.TransactionId);
        Assert.Equal(2, entries.Count);
        Assert.All(entries.Values, e => Assert.Equal(e.Lines.Sum(l => l.Debit), e.Lines.Sum(l => l.Credit)));
        Assert.Equal("recategorized", entries[acme.TransactionId].Reason);
        Assert.Contains(entries[acme.TransactionId].Lines, l => l.AccountCode == "6300" && l.Debit == 77.00m);
        var split = entries[pge.TransactionId];
        Assert.Equal([("6500", 100.00m), ("6400", 31.20m)], split.Lines.Where(l => l.Debit > 0).Select(l => (l.AccountCode, l.Debit)).ToList());
        Assert.Contains(split.Lines, l => l.AccountCode == "1000" && l.Credit == 131.20m);
        Assert.False(entries.ContainsKey(coffee.TransactionId));

        var recat = Assert.Single(await session.Events.QueryRawEventDataOnly<TransactionRecategorized>().ToListAsync());
        Assert.Equal(("6300", "rita"), (recat.ToAccount, recat.By));
        Assert.Equal(ExclusionReasons.Personal, Assert.Single(await session.Events.QueryRawEventDataOnly<TransactionExcluded>().ToListAsync()).Reason);
        var queued = (await session.Query<ReviewQueueItem>().ToListAsync()).Select(q => q.Id).ToList();
        Assert.DoesNotContain(acme.TransactionId, queued);
        Assert.DoesNotContain(pge.TransactionId, queued);
        Assert.DoesNotContain(coffee.TransactionId, queued);
        Assert.Equal(3, queued.Count);
        Assert.Equal("excluded", (await desk.ExplainAsync(coffee.TransactionId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Reversing_an_auto_posted_entry_nets_it_to_zero_and_puts_the_transaction_back_to_be_recategorized()
    {
        var t = await app.OnboardAsync("Reverse Co");
        Assert.Equal(HttpStatusCode.OK, (await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true })).StatusCode);
        var admin = app.Client(t.AdminToken);
        Assert.True((await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).IsSuccessStatusCode);
        Assert.True((await admin.PostAsync("/api/categorizer/train", null)).IsSuccessStatusCode);
        await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000");
        await app.WaitForDecisionsAsync(t.TenantId, 6);

        await using var session = app.Store.QuerySession(t.TenantId);
        var auto = (await session.Query<JournalEntryView>().ToListAsync()).First(e => e.PostedBy == "autopost");
        var explain = await (await admin.GetAsync($"/api/transactions/{auto.TransactionId}/explain")).Body();
        var version = explain.GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewDesk.ActAsync(admin, auto.TransactionId, "reverse", new { version })).StatusCode);   // no reason
        var reversed = await ReviewDesk.ActAsync(admin, auto.TransactionId, "reverse", new { reason = "wrong account", version });
        Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        Assert.Equal("in_review", (await reversed.Body()).GetProperty("status").GetString());
        var again = await ReviewDesk.ActAsync(admin, auto.TransactionId, "reverse", new { reason = "twice", version = version + 2 });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);

        var item = await session.LoadAsync<ReviewQueueItem>(auto.TransactionId);
        Assert.Equal([ReviewReasons.ReversedByReviewer], item!.Reasons);
        Assert.Equal(HttpStatusCode.OK, (await ReviewDesk.ActAsync(admin, auto.TransactionId, "recategorize", new { accountCode = "6000", version = version + 2 })).StatusCode);

        await app.CatchUpAsync();
        var mine = (await session.Query<JournalEntryView>().Where(e => e.TransactionId == auto.TransactionId).ToListAsync()).OrderBy(e => e.PostedAt).ToList();
        Assert.Equal(3, mine.Count);
        var reversal = Assert.Single(mine, e => e.Reverses == auto.Id);
        Assert.Equal(auto.Lines.Sum(l => l.Debit), reversal.Lines.Sum(l => l.Credit));
        foreach (var account in auto.Lines.Select(l => l.AccountCode))   // original + reversal net every account to zero
            Assert.Equal(0m, mine.Where(e => e.Id == auto.Id || e.Id == reversal.Id).SelectMany(e => e.Lines).Where(l => l.AccountCode == account).Sum(l => l.Debit - l.Credit));
        Assert.Contains(mine, e => e.Reason == "recategorized" && e.Lines.Any(l => l.AccountCode == "6000"));
        Assert.Null(await session.LoadAsync<ReviewQueueItem>(auto.TransactionId));
        var tb = await session.LoadAsync<TrialBalance>(TrialBalance.Key);
        Assert.Equal(tb!.TotalDebits, tb.TotalCredits);
        Assert.Equal(reversal.Id, mine.Single(e => e.Id == auto.Id).ReversedBy);

        // A rebuild reads the posting and its reversal in one page of events: the original must still learn it was reversed.
        var daemon = await app.Store.BuildProjectionDaemonAsync();
        await daemon.RebuildProjectionAsync(Ledger.Projections.LedgerStore.AsyncViews, TimeSpan.FromSeconds(60), CancellationToken.None);
        await using var rebuilt = app.Store.QuerySession(t.TenantId);
        var afterRebuild = (await rebuilt.Query<JournalEntryView>().Where(e => e.TransactionId == auto.TransactionId).ToListAsync()).OrderBy(e => e.PostedAt).ToList();
        Assert.Equal(mine.Select(e => (e.Id, e.ReversedBy, e.Reverses)), afterRebuild.Select(e => (e.Id, e.ReversedBy, e.Reverses)));
    }
}
