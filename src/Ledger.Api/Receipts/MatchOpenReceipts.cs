using Ledger.Projections.Receipts;
using Marten;
using NodaTime;

namespace Ledger.Api.Receipts;

/// <summary>Lines posted between these dates were imported: match the receipts still open that they may support.</summary>
public sealed record MatchOpenReceipts(LocalDate From, LocalDate To);

public static class MatchOpenReceiptsHandler
{
    /// <summary>
    /// Each match is appended at the version the receipt was read at: a person matching or correcting it meanwhile makes the
    /// save fail, and the retry (the host's error policy) reads the receipt again.
    /// </summary>
    public static async Task Handle(MatchOpenReceipts cmd, IDocumentSession session, IClock clock, ILogger<MatchOpenReceipts> logger, CancellationToken ct)
    {
        var options = ReceiptMatching.Options;
        var from = cmd.From.PlusDays(-options.DaysAfter).ToDateOnly().DayNumber;
        var to = cmd.To.PlusDays(options.DaysBefore).ToDateOnly().DayNumber;
        var open = await session.Query<Receipt>()
            .Where(r => r.MatchedTransactionId == null && r.DateDay >= from && r.DateDay <= to).ToListAsync(ct);
        if (open.Count == 0) return;
        var matches = await ReceiptMatching.MatchAsync(session, open.Select(r => r.State).ToList(), clock.GetCurrentInstant(), ct);
        foreach (var receipt in open)
            if (matches.TryGetValue(receipt.Id, out var matched))
                session.Events.Append(receipt.Id, receipt.Version + 1, matched);
        if (matches.Count > 0)
            logger.LogInformation("Matched {Matched} of {Open} open receipts of {Tenant} after an import", matches.Count, open.Count, session.TenantId);
    }
}
