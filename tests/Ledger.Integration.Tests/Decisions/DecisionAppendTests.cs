using Ledger.Api.Decisions;
using Ledger.Domain.Decisions;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using Ledger.Projections.Transactions;
using Marten;
using NodaTime;

namespace Ledger.Integration.Tests.Decisions;

/// <summary>
/// Decision events are appended with our own set-based statement (Marten's append is one function call per stream). Its rows
/// must be the rows Marten's append writes, column for column, so history, the daemon and reviewers' later appends read them
/// the same; after a Marten upgrade this is the test that says whether the two still agree.
/// </summary>
public class DecisionAppendTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Rows_appended_for_a_decision_equal_the_rows_of_martens_append()
    {
        var t = await app.OnboardAsync("Append Parity");
        var at = app.Clock.GetCurrentInstant();
        List<object> Decision(string id) =>
        [
            new ReviewRequested(id, ["cold_start_vendor", "below_threshold"], "1000", new LocalDate(2026, 3, 4), -12.34m, "SHELL OIL 57442",
                "shell-oil", "6100", 0.42, "model", at),
            new TransferLegCovered(id, "tx-1000-other", null, at),
        ];
        const string marten = "tx-1000-append-marten", ours = "tx-1000-append-ours";
        await using (var start = app.Store.LightweightSession(t.TenantId))
        {
            foreach (var id in new[] { marten, ours })
                start.Events.StartStream<TransactionView>(id, new TransactionImported(id, Guid.NewGuid(), "1000", new LocalDate(2026, 3, 4), -12.34m,
                    "SHELL OIL 57442", "POS PURCHASE", null, null, "DEBIT", $"fp-{id}", false, 1, at), LeftAlone(id, at));
            await start.SaveChangesAsync();
        }

        // One session, as a decision batch has, with the metadata Wolverine gives it.
        await using (var session = app.Store.LightweightSession(t.TenantId))
        {
            session.CorrelationId = "corr-1";
            session.CausationId = "cause-1";
            session.LastModifiedBy = "ann";
            session.SetHeader("source", "test");
            session.Events.Append(marten, Decision(marten).ToArray());
            DecisionAppend.Queue(session, [new DecidedStream(ours, 2, Decision(ours))], at);
            await session.SaveChangesAsync();
        }

        // Every column except the ones unique per row (seq_id, id, stream id, times); the data without the transaction id.
        var streams = await RowPairs.ReadAsync(app.ConnectionString, t.TenantId, "select to_jsonb(s) - 'id' - 'timestamp' - 'created' from ledger.mt_streams s where tenant_id = @t and id = @id",
            marten, ours);
        var events = await RowPairs.ReadAsync(app.ConnectionString, t.TenantId,
            "select jsonb_agg((to_jsonb(e) - 'seq_id' - 'id' - 'stream_id' - 'timestamp' - 'data') || jsonb_build_object('data', e.data - 'TransactionId') order by e.version) " +
            "from ledger.mt_events e where tenant_id = @t and stream_id = @id and e.version > 2", marten, ours);
        Assert.Equal(streams.Marten, streams.Ours);
        Assert.Equal(events.Marten, events.Ours);
        Assert.Contains("\"version\": 4", streams.Ours);
        Assert.Contains("\"correlation_id\": \"corr-1\"", events.Ours);
        Assert.Contains("\"user_name\": \"ann\"", events.Ours);

        // A reviewer's later append through Marten continues the stream we wrote.
        await using (var later = app.Store.LightweightSession(t.TenantId))
        {
            later.Events.Append(ours, new TransferLegCovered(ours, "tx-1000-other", Guid.NewGuid(), at));
            await later.SaveChangesAsync();
        }
        await using var query = app.Store.QuerySession(t.TenantId);
        Assert.Equal([1L, 2L, 3L, 4L, 5L], (await query.Events.FetchStreamAsync(ours)).Select(e => e.Version));
    }

    [Fact]
    public async Task A_decision_written_after_the_stream_moved_on_fails_whole_and_adds_nothing()
    {
        var t = await app.OnboardAsync("Append Race");
        var at = app.Clock.GetCurrentInstant();
        string[] ids = ["tx-1000-race-a", "tx-1000-race-b"];
        await using (var start = app.Store.LightweightSession(t.TenantId))
        {
            foreach (var id in ids)
                start.Events.StartStream<TransactionView>(id, new TransactionImported(id, Guid.NewGuid(), "1000", new LocalDate(2026, 3, 4), -5m,
                    "STAPLES 00123", null, null, null, "DEBIT", $"fp-{id}", false, 1, at), LeftAlone(id, at));
            await start.SaveChangesAsync();
        }
        DecidedStream Decided(string id, string by) => new(id, 2, [new TransferLegCovered(id, by, null, at)]);

        // Two workers read both streams at version 1; the first commits its decisions.
        await using var first = app.Store.LightweightSession(t.TenantId);
        await using var second = app.Store.LightweightSession(t.TenantId);
        DecisionAppend.Queue(first, [Decided(ids[1], "first")], at);
        DecisionAppend.Queue(second, [Decided(ids[0], "second"), Decided(ids[1], "second")], at);
        await first.SaveChangesAsync();

        // The second batch collides on the stream the first one moved, and nothing of it lands, not even its other stream.
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => second.SaveChangesAsync());
        Assert.Contains("pk_mt_events_stream_and_version", failure.ToString());
        await using var query = app.Store.QuerySession(t.TenantId);
        Assert.Equal(2, (await query.Events.FetchStreamAsync(ids[0])).Count);
        var moved = await query.Events.FetchStreamAsync(ids[1]);
        Assert.Equal("first", Assert.IsType<TransferLegCovered>(moved[^1].Data).CounterpartTransactionId);
        Assert.Equal(3, (await query.Events.FetchStreamStateAsync(ids[1]))!.Version);
        Assert.Equal(2, (await query.Events.FetchStreamStateAsync(ids[0]))!.Version);
    }

    // Excluded at once, so the host's always-on decision relay leaves these hand-written streams alone: a decision it
    // appended meanwhile would be a third writer in tests that compare two.
    static TransactionExcluded LeftAlone(string id, Instant at) => new(id, "test stream", null, "test", at);
}
