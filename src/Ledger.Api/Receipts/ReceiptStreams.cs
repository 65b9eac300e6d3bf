using Ledger.Projections.Receipts;
using Marten;
using JasperFx.Events;

namespace Ledger.Api.Receipts;

public static class ReceiptStreams
{
    /// <summary>The receipt's stream for writing, at the version the caller saw when it sent one; null for an unknown receipt.</summary>
    public static async Task<IEventStream<Receipt>?> FetchAsync(IDocumentSession session, string id, int? version, CancellationToken ct)
    {
        var stream = version is { } v
            ? await session.Events.FetchForWriting<Receipt>(id, v, ct)
            : await session.Events.FetchForWriting<Receipt>(id, ct);
        return stream.Aggregate is null ? null : stream;
    }

    /// <summary>Commits now and answers with the receipt as stored (its inline snapshot), without touching the fetched aggregate.</summary>
    public static async Task<IResult> SavedAsync(IDocumentSession session, string id, CancellationToken ct)
    {
        await session.SaveChangesAsync(ct);
        return Results.Ok(ReceiptDetails.From((await session.LoadAsync<Receipt>(id, ct))!));
    }
}
