using Ledger.Domain.Calibration;
using Ledger.Domain.Metrics;

namespace Ledger.Projections.Metrics;

/// <summary>
/// Additive sums over decision outcomes: counts, Σ(p − y)² and the 15 ECE bins. An outcome can be removed again
/// (a later answer replaces an earlier one), which is why these are plain sums and never averages.
/// </summary>
public sealed class OutcomeSums
{
    public int Count { get; set; }
    public int Correct { get; set; }
    public int AutoPosted { get; set; }
    public int AutoPostedCorrect { get; set; }
    public double BrierSum { get; set; }
    public int[] BinCount { get; set; } = new int[EceBins.DefaultCount];
    public double[] BinConfidence { get; set; } = new double[EceBins.DefaultCount];
    public int[] BinCorrect { get; set; } = new int[EceBins.DefaultCount];

    public void Add(DecisionOutcome o, int sign)
    {
        if (o.Kind == OutcomeKind.None) return;
        var y = o.Correct ? 1.0 : 0.0;
        Count += sign;
        if (o.Correct) Correct += sign;
        if (o.AutoPosted) AutoPosted += sign;
        if (o.AutoPosted && o.Correct) AutoPostedCorrect += sign;
        BrierSum += sign * (o.P - y) * (o.P - y);
        var i = EceBins.IndexOf(o.P, EceBins.DefaultCount);
        BinCount[i] += sign;
        BinConfidence[i] += sign * o.P;
        if (o.Correct) BinCorrect[i] += sign;
    }

    public IReadOnlyList<EceBin> Bins() =>
        EceBins.Empty().Select(b => b with { Count = BinCount[b.Index], SumConfidence = BinConfidence[b.Index], CorrectCount = BinCorrect[b.Index] }).ToList();

    public static OutcomeSums Plus(OutcomeSums a, OutcomeSums b)
    {
        var s = new OutcomeSums
        {
            Count = a.Count + b.Count, Correct = a.Correct + b.Correct, AutoPosted = a.AutoPosted + b.AutoPosted,
            AutoPostedCorrect = a.AutoPostedCorrect + b.AutoPostedCorrect, BrierSum = a.BrierSum + b.BrierSum,
        };
        for (var i = 0; i < s.BinCount.Length; i++)
        {
            s.BinCount[i] = a.BinCount[i] + b.BinCount[i];
            s.BinConfidence[i] = a.BinConfidence[i] + b.BinConfidence[i];
            s.BinCorrect[i] = a.BinCorrect[i] + b.BinCorrect[i];
        }
        return s;
    }
}
