using JasperFx.Events;
using Ledger.Domain.Close;
using Ledger.Domain.Decisions;
using Marten;
using NodaTime;
using Xunit.Abstractions;

namespace Ledger.Integration.Tests.Close;

/// <summary>
/// A close and approvals into the month being closed, at once: each approval lands before the close (and is in the balances
/// it protects) or is refused with 409 after it. None lands in the closed month after PeriodClosed.
/// </summary>
public class CloseRaceTests(LedgerApp app, ITestOutputHelper output) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Approvals_racing_a_close_land_before_it_or_are_refused_and_the_closed_months_trial_balance_never_changes()
    {
        var book = await CloseBook.OpenAsync(app, "Race Close Co", lines: 120);
        await book.MarkOctoberReconciledAsync();

        // Four reviewers' worth of approvals keep coming; the close is asked for while they are in full flow.
        var pending = new System.Collections.Concurrent.ConcurrentQueue<Ledger.Api.Review.ReviewQueueEntry>(book.Queue);
        var answers = new System.Collections.Concurrent.ConcurrentBag<HttpResponseMessage>();
        var flowing = new TaskCompletionSource();
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (pending.TryDequeue(out var item))
            {
                answers.Add(await book.BookAsync(item));
                if (answers.Count >= 10) flowing.TrySetResult();
            }
        })).ToList();
        await flowing.Task;
        (await book.CloseOctoberAsync()).EnsureSuccessStatusCode();
        await Task.WhenAll(workers);

        Assert.Equal(book.Queue.Count, answers.Count);
        var refusals = answers.Where(a => a.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        foreach (var r in refusals) Assert.Contains("Period 2026-10 is closed", (await r.Body()).GetProperty("detail").GetString());
        output.WriteLine($"{answers.Count - refusals.Count} approvals before the close, {refusals.Count} refused after it");

        await using var session = app.Store.QuerySession(book.Tenant.TenantId);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypeName == "journal_entry_posted" || e.EventTypeName == "period_closed").ToListAsync();
        var closedAt = events.Single(e => e.Data is PeriodClosed).Sequence;
        var october = events.Where(e => e.Data is JournalEntryPosted p && p.EntryDate <= new LocalDate(2026, 10, 31)).ToList();
        Assert.DoesNotContain(october, e => e.Sequence > closedAt);
        Assert.Equal(answers.Count - refusals.Count, october.Count);

        var tb = await (await book.Admin.GetAsync("/api/trial-balance?through=2026-10-31")).Body();
        Assert.Equal(tb.GetProperty("atClose").ToString(), tb.GetProperty("balances").ToString());
    }
}
