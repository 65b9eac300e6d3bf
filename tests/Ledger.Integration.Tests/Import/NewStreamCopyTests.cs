using JasperFx.Events;
using Ledger.Api.Import;
using Ledger.Domain.Statements;
using Ledger.Projections.Transactions;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Ledger.Integration.Tests.Import;

/// <summary>
/// The import writes its streams with its own COPY (Marten's bulk insert cannot share a transaction). Its rows must be the rows
/// Marten's <c>BulkInsertEventsAsync</c> writes, column for column, so the daemon, projections and history read them the same;
/// after a Marten upgrade this is the test that says whether the two still agree.
/// </summary>
public class NewStreamCopyTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Rows_written_by_the_import_equal_the_rows_of_martens_bulk_insert()
    {
        var t = await app.OnboardAsync("Copy Parity");
        var store = app.Store;
        var imported = new TransactionImported("tx-1000-parity-marten", Guid.NewGuid(), "1000", new LocalDate(2026, 3, 4), -12.34m, "SHELL OIL 57442",
            "POS PURCHASE", "FIT-1", "1001", "DEBIT", "0123456789abcdef", false, 7, Instant.FromUtc(2026, 11, 2, 9, 0));
        var ours = imported with { TransactionId = "tx-1000-parity-copy" };

        var action = StreamAction.Start((IEventRegistry)((StoreOptions)store.Options).Events, imported.TransactionId, imported);
        action.AggregateType = typeof(TransactionView);
        foreach (var e in action.Events) e.UserName = "ann";
        await store.BulkInsertEventsAsync(t.TenantId, [action]);

        var dataSource = app.Host.Services.GetRequiredService<NpgsqlDataSource>();
        await using (var conn = await dataSource.OpenConnectionAsync())
        await using (var tx = await conn.BeginTransactionAsync())
        {
            var copy = new NewStreamCopy(store, conn, t.TenantId, "ann", app.Clock.GetCurrentInstant());
            await copy.WriteAsync([new NewStream(ours.TransactionId, typeof(TransactionView), ours)], default);
            Assert.True(copy.FirstSequence > 0 && copy.FirstSequence == copy.LastSequence);
            await tx.CommitAsync();
        }

        // Every column except the ones that are unique per row (seq_id, id, stream id, times), as jsonb; the event data
        // without the transaction id, which differs on purpose.
        var streams = await RowPairs.ReadAsync(app.ConnectionString, t.TenantId, "select to_jsonb(s) - 'id' - 'timestamp' - 'created' from ledger.mt_streams s where tenant_id = @t and id = @id",
            imported.TransactionId, ours.TransactionId);
        var events = await RowPairs.ReadAsync(app.ConnectionString, t.TenantId,
            "select (to_jsonb(e) - 'seq_id' - 'id' - 'stream_id' - 'timestamp' - 'data') || jsonb_build_object('data', e.data - 'TransactionId') " +
            "from ledger.mt_events e where tenant_id = @t and stream_id = @id", imported.TransactionId, ours.TransactionId);
        Assert.Equal(streams.Marten, streams.Ours);
        Assert.Equal(events.Marten, events.Ours);
        Assert.Contains("\"type\": \"transaction_imported\"", events.Ours);
        Assert.Contains("\"user_name\": \"ann\"", events.Ours);

        // The async projection reads both back into equal views.
        await app.CatchUpAsync();
        await using var session = store.QuerySession(t.TenantId);
        var a = await session.LoadAsync<TransactionView>(imported.TransactionId);
        var b = await session.LoadAsync<TransactionView>(ours.TransactionId);
        Assert.NotNull(a);
        Assert.NotNull(b);
        Assert.Equal((a.Amount, a.Payee, a.PostedOn, a.FitId, a.ImportedAt), (b.Amount, b.Payee, b.PostedOn, b.FitId, b.ImportedAt));
    }
}
