using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Marten.Events.Projections;
using NodaTime;

namespace Ledger.Projections.Categorization;

/// <summary>Labels per normalised vendor: the cold-start gate and rule promotion read it.</summary>
public sealed class VendorStats
{
    const int RecentKept = 20;
    public string Id { get; set; } = "";
    public Dictionary<string, int> LabelsByAccount { get; set; } = [];
    public List<string> RecentLabels { get; set; } = [];
    public int TotalLabels { get; set; }
    public Instant LastLabelledAt { get; set; }

    public VendorLabelStats ToStats() => new(Id, LabelsByAccount, RecentLabels);

    public void Add(TransactionLabelled e)
    {
        LabelsByAccount[e.AccountCode] = LabelsByAccount.GetValueOrDefault(e.AccountCode) + 1;
        RecentLabels.Add(e.AccountCode);
        if (RecentLabels.Count > RecentKept) RecentLabels.RemoveAt(0);
        TotalLabels++;
        LastLabelledAt = e.At;
    }
}

public partial class VendorStatsProjection : MultiStreamProjection<VendorStats, string>
{
    public VendorStatsProjection() => Identity<TransactionLabelled>(e => e.VendorKey);

    public void Apply(VendorStats stats, TransactionLabelled e)
    {
        if (stats.Id.Length == 0) stats.Id = e.VendorKey;
        stats.Add(e);
    }
}
