using Ledger.Domain.Categorization;
using Ledger.Projections.Categorization;
using Marten;

namespace Ledger.Api.Categorization;

/// <summary>Writing to the tenant's categorizer stream, which a tenant without history or rules does not have yet.</summary>
public static class CategorizerStream
{
    /// <summary>
    /// The current state, locked for an optimistic write: appending through the returned stream fails on save when
    /// someone else appended meanwhile. A missing stream is reported as null; start it with <see cref="Start"/>.
    /// </summary>
    public static async Task<JasperFx.Events.IEventStream<CategorizerState>?> FetchForWritingAsync(IDocumentSession session, CancellationToken ct) =>
        await session.Events.FetchStreamStateAsync(CategorizerStreams.Id, ct) is null
            ? null
            : await session.Events.FetchForWriting<CategorizerState>(CategorizerStreams.Id, ct);

    /// <summary>Starts the stream; two racing starts cannot both succeed (the stream key is unique per tenant).</summary>
    public static void Start(IDocumentSession session, params object[] events) =>
        session.Events.StartStream<CategorizerState>(CategorizerStreams.Id, events);
}
