using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Domain.Decisions.Earned;
using Marten;
using NodaTime;

namespace Ledger.Api.Categorization;

/// <summary>Reads the tenant's recorded proposals and review labels and earns its thresholds (recorded at every training).</summary>
public static class EarnedThresholdEvidence
{
    public static async Task<AutopostThresholdEarned> EarnAsync(IQuerySession session, double floor, Instant now, CancellationToken ct)
    {
        var proposals = await session.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync(ct);
        var labels = await session.Events.QueryRawEventDataOnly<TransactionLabelled>().Where(l => l.Source == LabelSources.Review).ToListAsync(ct);
        return ThresholdEarning.Earn(ThresholdEarning.Pair(proposals, labels), floor, now);
    }
}
