using JasperFx.Events.Projections;
using Ledger.Domain.Receipts;
using Marten;

namespace Ledger.Projections.Receipts;

public static class ReceiptStore
{
    /// <summary>Receipts are written through ordinary sessions, so their state is inline: a match is visible the moment it commits.</summary>
    public static StoreOptions ConfigureReceipts(this StoreOptions opts)
    {
        opts.Projections.Snapshot<Receipt>(SnapshotLifecycle.Inline);
        opts.Schema.For<Receipt>().Index(x => x.MatchedTransactionId!).Index(x => x.DateDay!);
        opts.Projections.Snapshot<ReceiptPolicy>(SnapshotLifecycle.Inline);
        opts.RegisterDocumentType<ReceiptFile>();
        return opts;
    }
}
