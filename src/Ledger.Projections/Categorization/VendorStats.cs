using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Marten.Events.Projections;
using NodaTime;

namespace Ledger.Projections.Categorization;

/// <summary>
/// Labels per normalised vendor: the cold-start gate, rule promotion and the cascade's history step read it. The same shape
/// as <see cref="VendorLabelMemory"/> (what replays keep), so a replay asks the cascade what production asks it.
/// </summary>
public sealed class VendorStats
{
    public string Id { get; set; } = "";
    public Dictionary<string, int> LabelsByAccount { get; set; } = [];
    public List<string> RecentLabels { get; set; } = [];

    /// <summary>The last labels with their amounts (the history step conditions on them). Empty in documents written before
    /// they were kept, until a rebuild; the cascade then decides on the tally as before.</summary>
    public List<VendorLabel> Labels { get; set; } = [];
    public int TotalLabels { get; set; }
    public Instant LastLabelledAt { get; set; }

    public VendorLabelStats ToStats() => new(Id, LabelsByAccount, RecentLabels) { Labels = Labels.Count == 0 ? null : Labels };

    public void Add(TransactionLabelled e)
    {
        LabelsByAccount[e.AccountCode] = LabelsByAccount.GetValueOrDefault(e.AccountCode) + 1;
        VendorLabelMemory.Keep(RecentLabels, e.AccountCode);
        VendorLabelMemory.Keep(Labels, new VendorLabel(e.AccountCode, e.Amount));
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
