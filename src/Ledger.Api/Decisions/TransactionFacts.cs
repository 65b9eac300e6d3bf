using Ledger.Domain.Statements;
using Marten;

namespace Ledger.Api.Decisions;

/// <summary>What the bank said about each transaction of a batch, read in one query by stream id.</summary>
public static class TransactionFacts
{
    public sealed record Fact(TransactionImported Imported);

    public static async Task<IReadOnlyDictionary<string, Fact>> LoadAsync(IDocumentSession session, string[] ids, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.IsOneOf(ids))
            .ToListAsync(ct);
        return events.Select(e => e.Data).OfType<TransactionImported>().ToDictionary(t => t.TransactionId, t => new Fact(t));
    }
}
